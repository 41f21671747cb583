// The specs, in run order. A spec is { id, title, issue, run(ctx), critical?, pending? }:
// `critical` ends the run when it fails (nothing else can pass), `pending` names a feature that is not
// in the product yet; such a spec only runs with E2E_PENDING=1.
import corpusView from './corpusView.mjs';
import commentForm from './commentForm.mjs';

export const specs = [corpusView, commentForm];
