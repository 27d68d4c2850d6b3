/**
 * Job-title head words of the other languages resumes reach us in (Spanish, Portuguese, French,
 * German), both genders: "Enfermera Jefe de Turno", "Engenheira de Software", "Chargée de
 * clientèle", "Projektleiterin". Kept apart from vocab.ts's English TITLE_WORDS because the
 * learned labeller reads those as a feature (changing them changes what its weights mean);
 * job-header.ts reads both.
 */
export const OTHER_TITLE_WORDS = new Set(
  `enfermera enfermero jefe jefa gerente director directora ingeniero ingeniera analista desarrollador
  desarrolladora programador programadora técnico técnica coordinador coordinadora asistente auxiliar
  médico médica profesor profesora maestro maestra docente contador contadora vendedor vendedora
  administrador administradora consultor consultora diseñador diseñadora supervisora especialista
  responsable encargado encargada asesor asesora abogado abogada practicante becario becaria cajero
  cajera recepcionista secretaria farmacéutico farmacéutica
  enfermeira enfermeiro engenheiro engenheira desenvolvedor desenvolvedora coordenador coordenadora
  estagiário estagiária advogado advogada assessora gestor gestora
  infirmier infirmière ingénieur ingénieure directeur directrice développeur développeuse analyste
  technicien technicienne consultante assistante chargé chargée conseiller conseillère gestionnaire
  comptable vendeur vendeuse enseignant enseignante professeur stagiaire avocat avocate
  krankenschwester pflegefachkraft pflegefachfrau pflegefachmann gesundheitspfleger ingenieur
  ingenieurin entwickler entwicklerin leiter leiterin berater beraterin sachbearbeiter
  sachbearbeiterin kaufmann kauffrau geschäftsführer geschäftsführerin assistentin lehrer lehrerin
  verkäufer verkäuferin techniker technikerin werkstudent werkstudentin praktikant praktikantin
  referent referentin`.split(/\s+/),
);

/** German titles are compounds ("Softwareentwickler", "Projektleiterin"): these heads end them. */
const GERMAN_HEADS =
  /(?:entwickler|leiter|berater|ingenieur|techniker|kaufmann|kauffrau|referent|pfleger)(?:in)?$/;

/** A word (lower case) that heads a job title in one of the other languages. */
export function isOtherTitleWord(word: string): boolean {
  return OTHER_TITLE_WORDS.has(word) || (word.length > 9 && GERMAN_HEADS.test(word));
}
