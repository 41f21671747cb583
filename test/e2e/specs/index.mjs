// The specs, in run order. A spec is { id, title, issue, run(ctx), critical?, always?, pending? }:
// `critical` ends the run when it fails (nothing else can pass), `always` runs even with --only; `pending` says which feature is not in
// the product yet, and such a spec only runs with E2E_PENDING=1.
import corpusView, { corpusCounts } from './corpusView.mjs';
import commentForm from './commentForm.mjs';
import boilerplateAll from './boilerplateAll.mjs';
import attribution from './attribution.mjs';
import entityHover from './entityHover.mjs';
import copies from './copies.mjs';
import review from './review.mjs';
import grammar from './grammar.mjs';
import walkthrough from './walkthrough.mjs';
import logsClean from './logsClean.mjs';

export const specs = [corpusView, corpusCounts, commentForm, boilerplateAll, attribution, entityHover, copies, review, grammar, walkthrough, logsClean];
