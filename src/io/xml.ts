// Streams a zip part through saxes: elements by local name (a writer may prefix them, `x:c`), text as it comes.
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
  /** Called after each chunk, e.g. to enforce a time limit; throwing stops the read. */
  chunk?(): void;
}

export class XmlError extends Error {}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

export async function parseXml(stream: Readable, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on('error', (err) => {
    failure ??= new XmlError(err.message);
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Attributes));
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (failure) throw failure;
      handlers.chunk?.();
    }
    parser.close();
    if (failure) throw failure;
  } finally {
    stream.destroy();
  }
}

/** An attribute by local name (`r:id` and `ns1:id` alike). */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}
