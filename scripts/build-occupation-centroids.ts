/**
 * `npm run build:occupations`: fits the occupation reader (tools/jobs/occupation-reader.ts),
 * a nearest-centroid classifier in the offline embedder's space plus the title-word share, on
 * the project's own role data (data/roles/roles.json: O*NET titles; role-extras.json: ESCO
 * labels, O*NET duties) and writes data/roles/occupation-centroids.json. The word share's
 * weight is chosen on a held-out fifth of the titles (by a hash of the title, so the split is
 * fixed), whose top-1 accuracy is recorded; then the centroids are refitted on every title.
 * Run after build:taxonomy and build:role-extras, and again whenever the offline embedder
 * changes (the file records its id).
 */
import { writeFileSync } from "node:fs";
import { createOfflineEmbedder } from "../data/embeddings/offline-embedder.ts";
import { getRoleExtras } from "../data/roles/extras.ts";
import { getRoles } from "../data/roles/index.ts";
import {
  OCCUPATION_CENTROIDS_FILE,
  occupationExamples,
  splitHeldOut,
  titleWordIndex,
  wordShares,
} from "../tools/jobs/occupation-reader.ts";
import { cosineF32, fitOccupationCentroids, serialiseCentroids } from "../tools/ml/occupation-centroids.ts";

const WORD_WEIGHTS = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5];

const started = Date.now();
const embedder = createOfflineEmbedder();
const roles = getRoles();
const examples = occupationExamples(
  { version: 1, builtFrom: [], zones: roles.zones, roles: roles.roles },
  getRoleExtras(),
);
const { train, test } = splitHeldOut(examples);
const trial = fitOccupationCentroids(embedder, train);
const words = titleWordIndex(train);
// Every other held-out title keeps the choice quick (~6k titles).
const sample = test.filter((_, i) => i % 2 === 0);
const vectors = embedder.embedSync!(sample.map((s) => s.t));
// Each held-out title's cosines and word shares once; every weight then only takes an argmax.
const right = WORD_WEIGHTS.map(() => 0);
const sameBroad = WORD_WEIGHTS.map(() => 0);
const broad = (code: string) => code.slice(0, 6);
sample.forEach((s, i) => {
  const cosines = trial.titleCentroids.map((c) => cosineF32(c, vectors[i]!));
  const shares = wordShares(words, s.t, trial.codes.length);
  WORD_WEIGHTS.forEach((w, k) => {
    let best = 0;
    for (let o = 1; o < cosines.length; o++)
      if (cosines[o]! + w * shares[o]! > cosines[best]! + w * shares[best]!) best = o;
    if (best === s.index) right[k]!++;
    if (broad(trial.codes[best]!) === broad(trial.codes[s.index]!)) sameBroad[k]!++;
  });
});
const accuracy = WORD_WEIGHTS.map((w, k) => ({
  w,
  accuracy: right[k]! / sample.length,
  broad: sameBroad[k]! / sample.length,
}));
for (const a of accuracy)
  console.log(
    `word weight ${a.w}: held-out top-1 ${a.accuracy.toFixed(3)}, same broad occupation ${a.broad.toFixed(3)}`,
  );
const best = accuracy.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
const model = {
  ...fitOccupationCentroids(embedder, examples),
  wordWeight: best.w,
  measured: {
    heldOutTitles: sample.length,
    heldOutTop1: Number(best.accuracy.toFixed(3)),
    heldOutTop1CentroidOnly: Number(accuracy[0]!.accuracy.toFixed(3)),
    heldOutSameBroadOccupation: Number(best.broad.toFixed(3)),
  },
};
writeFileSync(OCCUPATION_CENTROIDS_FILE, serialiseCentroids(model));
console.log(
  `occupation centroids: ${model.codes.length} occupations, word weight ${best.w}, ${Date.now() - started} ms -> ${OCCUPATION_CENTROIDS_FILE}`,
);
