// Chromium flags for this closed network: without the background-networking
// ones Chromium floods the network with connections that are refused.
export const chromiumFlags = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
