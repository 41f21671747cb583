// Worker entry when running from TypeScript sources (tests, tsx); bundles use their own entry.
import { startPoolWorkerIfRequested } from './worker';

startPoolWorkerIfRequested();
