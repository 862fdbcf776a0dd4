// The manifest, checked offline (office-addin-manifest validate needs the internet, and no npm package ships
// Microsoft's XSD schemas, see the README): the elements the add-in relies on, every resid defined, https
// everywhere on one origin, the shared runtime, every ribbon function registered in the code, and icons of
// the sizes the manifest promises. Not checked here: the schema's element order and types beyond these,
// string lengths, and what AppSource's validation adds.
// Each check runs on manifest.xml (npm start's origin) and on the one a build for a firm's origin writes.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const LOCALES = ['fr-FR', 'fr-BE', 'nl-NL', 'nl-BE'];

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Every value of `key` anywhere under `node`. */
function collect(node: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) out.push(...list(v));
      collect(v, key, out);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const DEV_XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const FIRM_ORIGIN = 'https://addins.example-firm.be';

/** The manifest the production build writes for `origin`: webpack.config.js's own copy step, run on manifest.xml. */
function builtManifest(origin: string): string {
  const previous = process.env.ADDIN_ORIGIN;
  process.env.ADDIN_ORIGIN = origin;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../webpack.config.js')({}, { mode: 'production' });
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
    const pattern = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
    return pattern.transform(Buffer.from(DEV_XML), path.join(ROOT, 'manifest.xml'));
  } finally {
    if (previous === undefined) delete process.env.ADDIN_ORIGIN;
    else process.env.ADDIN_ORIGIN = previous;
  }
}

test('a build for another origin keeps the add-in id, and refuses plain http or a path', () => {
  const firm = builtManifest(FIRM_ORIGIN);
  const id = (x: string) => /<Id>([^<]+)<\/Id>/.exec(x)![1];
  expect(id(firm)).toBe(id(DEV_XML));
  expect(firm).not.toContain('localhost');
  expect(builtManifest('https://localhost:3000')).toBe(DEV_XML);
  expect(() => builtManifest('http://addins.example-firm.be')).toThrow(/https/);
  expect(() => builtManifest('https://example-firm.be/addin')).toThrow(/no path/);
});

describe.each([
  ['manifest.xml, for npm start', DEV_XML, 'https://localhost:3000'],
  [`the build for ${FIRM_ORIGIN}`, builtManifest(FIRM_ORIGIN), FIRM_ORIGIN],
])('%s', (_name, xml, origin) => {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  const app = doc.OfficeApp;
  const overrides = app.VersionOverrides;
  const host = overrides.Hosts.Host;
  const resources = overrides.Resources;
  const controls = list(host.DesktopFormFactor.ExtensionPoint.CustomTab.Group.Control);
  const strings = [...list(resources['bt:ShortStrings']['bt:String']), ...list(resources['bt:LongStrings']['bt:String'])];

  test('it is a task pane add-in for Excel with the requirement sets the add-in uses', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Hosts.Host['@Name']).toBe('Workbook');
    const sets = Object.fromEntries(list(app.Requirements.Sets.Set).map((s: Record<string, string>) => [s['@Name'], s['@MinVersion']]));
    expect(sets).toEqual({ ExcelApi: '1.9', SharedRuntime: '1.1' });
    expect(overrides['@xsi:type']).toBe('VersionOverridesV1_0');
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toMatch(/\/taskpane\.html$/);
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  test('one long-lived shared runtime runs the ribbon and the pane', () => {
    const runtime = host.Runtimes.Runtime;
    expect(runtime['@lifetime']).toBe('long');
    expect(runtime['@resid']).toBe('Taskpane.Url');
    expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe('Taskpane.Url');
    // Runtimes must come right after <Host>, before the form factor.
    expect(xml.indexOf('<Runtimes>')).toBeLessThan(xml.indexOf('<DesktopFormFactor>'));
  });

  test('the Accounton tab has a Client import group with the five buttons', () => {
    const tab = host.DesktopFormFactor.ExtensionPoint.CustomTab;
    const text = (resid: string) => strings.find((s) => s['@id'] === resid)?.['@DefaultValue'];
    expect(text(tab.Label['@resid'])).toBe('Accounton');
    expect(text(tab.Group.Label['@resid'])).toBe('Client import');
    expect(controls.map((c) => [text(c.Label['@resid']), c.Action['@xsi:type']])).toEqual([
      ['Insert template', 'ExecuteFunction'],
      ['Check sheet', 'ExecuteFunction'],
      ['Send to Accounton', 'ExecuteFunction'],
      ['Load clients', 'ExecuteFunction'],
      ['Open pane', 'ShowTaskpane'],
    ]);
    for (const c of controls) expect(c.Supertip.Description['@resid']).toBeTruthy();
  });

  test('every resid resolves to a resource of the right kind', () => {
    const ids = (kind: string, item: string) => new Set(list(resources[kind][item]).map((r: Record<string, string>) => r['@id']));
    const images = ids('bt:Images', 'bt:Image');
    const urls = ids('bt:Urls', 'bt:Url');
    const texts = new Set(strings.map((s) => s['@id']));
    const all = new Set([...images, ...urls, ...texts]);
    const resids = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(20);
    for (const resid of resids) expect(all.has(resid) ? resid : `undefined resid ${resid}`).toBe(resid);
    for (const img of collect(overrides.Hosts, 'bt:Image') as Record<string, string>[]) expect(images.has(img['@resid'])).toBe(true);
    expect(urls.has(host.Runtimes.Runtime['@resid'])).toBe(true);
  });

  test('every URL is https on the one origin, AppDomains and SupportUrl included', () => {
    const values = [...xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g), ...xml.matchAll(/<AppDomain>([^<]+)</g)].map((m) => m[1]);
    expect(values.length).toBeGreaterThan(5);
    for (const url of values) expect(url === origin || url.startsWith(`${origin}/`) ? origin : url).toBe(origin);
    expect(app.AppDomains.AppDomain).toBe(origin);
    expect(app.SupportUrl['@DefaultValue']).toBe(`${origin}/`);
    // Plain http appears only in XML namespace names, which are identifiers, not addresses.
    for (const m of xml.matchAll(/(\S+)="http:\/\//g)) expect(m[1]).toMatch(/^xmlns(:\w+)?$/);
  });

  test('labels and tooltips are in English with French and Dutch overrides', () => {
    expect(strings.length).toBeGreaterThanOrEqual(10);
    for (const s of strings) {
      const locales = list(s['bt:Override']).map((o: Record<string, string>) => o['@Locale']);
      if (s['@DefaultValue'] === 'Accounton') continue; // the brand name reads the same everywhere
      expect([s['@id'], locales]).toEqual([s['@id'], LOCALES]);
      for (const o of list(s['bt:Override']) as Record<string, string>[]) expect(o['@Value']).not.toBe(s['@DefaultValue']);
    }
    expect(list(app.DisplayName.Override).map((o: Record<string, string>) => o['@Locale'])).toEqual(LOCALES);
  });

  test('every ExecuteFunction is registered with Office.actions.associate in src/commands', () => {
    const code = sourceFiles(path.join(ROOT, 'src', 'commands')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const associated = new Set([...code.matchAll(/Office\.actions\??\.associate\(\s*['"](\w+)['"]/g)].map((m) => m[1]));
    const functions = controls.filter((c) => c.Action['@xsi:type'] === 'ExecuteFunction').map((c) => c.Action.FunctionName);
    expect(functions).toEqual(['insertTemplate', 'checkSheet', 'sendToAccounton', 'loadClients']);
    expect([...associated].sort()).toEqual([...functions].sort());
  });

  test('the icons exist with the pixel sizes the manifest names', () => {
    const images = list(resources['bt:Images']['bt:Image']) as Record<string, string>[];
    const icons = [
      ...images.map((i) => ({ url: i['@DefaultValue'], size: Number(/Icon\.(\d+)x/.exec(i['@id'])![1]) })),
      { url: app.IconUrl['@DefaultValue'], size: 32 },
      { url: app.HighResolutionIconUrl['@DefaultValue'], size: 64 },
    ];
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([path.basename(file), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([path.basename(file), size, size]);
    }
  });
});

test('the build copies the manifest and icons next to the pages', () => {
  const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
  expect(config).toMatch(/from: 'manifest\.xml'/);
  expect(config).toMatch(/from: 'assets\/\*\.png'/);
  expect(fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8')).toContain(
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  );
});

test('OFFICE_JS=local points the pane at Office.js copied from the package to the add-in origin; off by default', () => {
  const pane = (officeJs?: string) => {
    const previous = process.env.OFFICE_JS;
    if (officeJs) process.env.OFFICE_JS = officeJs;
    else delete process.env.OFFICE_JS;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require('../webpack.config.js')({}, { mode: 'production' });
      const html = config.plugins.find((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename === 'taskpane.html');
      const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
      return { html: html.userOptions.templateContent as string, copied: copy.patterns.map((p: { to: string }) => p.to) };
    } finally {
      if (previous === undefined) delete process.env.OFFICE_JS;
      else process.env.OFFICE_JS = previous;
    }
  };
  const cdn = pane();
  expect(cdn.html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  expect(cdn.copied).not.toContain('office-js');
  const local = pane('local');
  expect(local.html).toContain('src="/office-js/office.js"');
  expect(local.html).not.toContain('appsforoffice.microsoft.com');
  expect(local.copied).toContain('office-js');
});
