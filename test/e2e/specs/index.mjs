// The specs, in run order. A spec is { id, title, issue, run(ctx), critical?, always?, pending? }:
// `critical` ends the run when it fails (nothing else can pass), `always` runs even with --only; `pending` says which feature is not in
// the product yet, and such a spec only runs with E2E_PENDING=1.
//
// All specs share one workspace (a copy of test/fixtures/sample-corpus) and one window, so the order is part
// of the contract:
// - a spec that adds documents removes them again and waits until the index has dropped them
//   (template-line, hostile-hover), so every spec sees the three sample documents;
// - review state accumulates (review marks 102, claim-checked disables a rule on 102): later specs count from
//   what they find, not from zero;
// - review-workflow reviews 101 and 103, edits 101 on disk, renames 103 and changes a setting; it puts the
//   files back but leaves the review state, so it runs after every other feature spec;
// - logs-clean runs last: it reads the logs of everything before it.
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
import { editorExtraSpecs } from './editorExtras.mjs';
import reviewWorkflow from './reviewWorkflow.mjs';

export const specs = [corpusView, corpusCounts, commentForm, boilerplateAll, attribution, entityHover, copies, review, grammar, walkthrough, ...editorExtraSpecs, reviewWorkflow, logsClean];
