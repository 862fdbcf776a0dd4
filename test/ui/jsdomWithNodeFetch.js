// jsdom for React tests that talk to the real API server in the same test: jsdom lacks the Node globals
// that fetch and Fastify need, so they are taken from Node (fetch then uses Node's FormData/Blob/AbortSignal),
// and ResizeObserver, which it does not implement.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'fetch', 'Request', 'Response', 'Headers', 'FormData', 'Blob', 'File', 'AbortController', 'AbortSignal',
  'TextEncoder', 'TextDecoder', 'ReadableStream', 'WritableStream', 'TransformStream', 'structuredClone',
  'setImmediate', 'clearImmediate', 'MessageChannel', 'MessagePort', 'BroadcastChannel', 'performance', 'crypto',
];

class JsdomWithNodeFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    // jsdom does no layout, so nothing ever resizes; Fluent's MessageBar only needs the constructor.
    this.global.ResizeObserver ??= class ResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

module.exports = JsdomWithNodeFetch;
