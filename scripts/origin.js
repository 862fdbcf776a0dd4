// The origin the add-in is served from. manifest.xml is written for npm start's (https://localhost:3000);
// a build for a firm's own server (`npm run build -- --origin https://addins.example-firm.be`, or
// ADDIN_ORIGIN) rewrites every URL of it, the AppDomains and the SupportUrl, and keeps the add-in's Id.
const DEV_ORIGIN = 'https://localhost:3000';

/** The origin of `url` (scheme, host, port), refusing anything but https: Office loads add-ins only over https. */
function addinOrigin(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The add-in origin "${url}" is not an address: give one like https://addins.example-firm.be`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`The add-in origin "${url}" must start with https:// (Office loads add-ins only over https)`);
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(`The add-in origin "${url}" must be an origin only (no path): the pages are served at its root`);
  }
  return parsed.origin;
}

/** manifest.xml for `origin`: every occurrence of the development origin replaced. */
function manifestFor(xml, origin) {
  const target = addinOrigin(origin);
  return target === DEV_ORIGIN ? xml : xml.split(DEV_ORIGIN).join(target);
}

module.exports = { DEV_ORIGIN, addinOrigin, manifestFor };
