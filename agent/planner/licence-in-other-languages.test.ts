/**
 * conv12q (a blind7 class; messages written for this test): a licence or certificate added in
 * French, Spanish, Portuguese or German was saved as an experience entry; it is a certification.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { PROFILE_PLANS } from "./plans/profile-plans.ts";
import { toSegment } from "./reading.ts";

const context = { focus: { hasProfile: true }, attachments: [], available: new Set(TOOL_NAMES), tracked: [] };

it.each([
  "ajoute mon permis cariste à mon profil",
  "añade mi licencia de conducir tipo C a mi perfil",
  "adiciona minha CNH categoria D no perfil",
  "füg meinen Staplerschein zum Profil hinzu",
])("%s is a certification", (text) => {
  const planned = PROFILE_PLANS.add_profile_entry!(toSegment(text), context);
  expect(planned.calls).toEqual([{ name: "add_profile_entry", args: { kind: "certification", text } }]);
});
