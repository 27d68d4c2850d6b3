/**
 * The English reading of a skill said in Spanish, French, German or Portuguese, through the
 * taxonomy (English only): "inventario" -> Inventory, "pedidos a proveedores" -> Ordering,
 * "gestión de inventario" -> Inventory Management. Skills told in the chat's other languages were
 * saved in those words and never matched a job's English asks (lead's new-user trial 2026-12-06e,
 * item 7). The words come from the title-word tables the role finder already reads
 * (tools/jobs/title-words-translated.ts: "logística", "compras", "calidad") and the words of
 * everyday work below; the Romance languages put the head first ("gestión de inventario"), so
 * both orders are tried. The person's own words stay with the skill (service.ts keeps them).
 */

import { JOINERS, MODIFIERS, PHRASES } from "../jobs/title-words-translated.ts";
import { plain } from "../jobs/translate-title.ts";

/** Work nouns of everyday skills, es/fr/de/pt forms (lower case, no accents) -> English. */
const WORK_WORDS: Record<string, string> = Object.fromEntries(
  `
inventario inventarios inventaire inventaires inventur inventar=inventory
stock stocks estoque existencias=inventory
pedido pedidos commande commandes bestellung bestellungen encomenda encomendas=ordering
proveedor proveedores fournisseur fournisseurs lieferant lieferanten fornecedor fornecedores=supplier
gestion gestao verwaltung=management
control controle controlo kontrolle=control
manipulacion manipulation manipulacao handhabung=handling
alimento alimentos aliment aliments alimentaire alimentaria alimentar lebensmittel=food
higiene hygiene=hygiene
limpieza nettoyage reinigung limpeza=cleaning
costes costos couts kosten custos=cost
presupuesto presupuestos orcamento orcamentos=budgeting
planificacion planification planung planejamento planeamento=planning
menu menus speisekarte cardapio=menu
receta recetas recette recettes rezept rezepte receita receitas=recipes
negociacion negociation verhandlung verhandlungen negociacao=negotiation
formacion formation schulung formacao=training
horarios horaires dienstplan dienstplane escalas=scheduling
turnos=shifts
caja=cash
facturacion facturation abrechnung faturamento=billing
contratacion recrutement=recruiting
ventas=sales
pasteleria patisserie konditorei confeitaria=pastry
panaderia boulangerie backerei padaria=baking
parrilla grill grelha=grill
conduccion conduite=driving
primeros auxilios=first aid
soldadura soudure schweissen soldagem=welding
carpinteria menuiserie tischlerei carpintaria=carpentry
fontaneria plomberie=plumbing
electricidad electricite elektrik eletricidade=electricity
contabilidad comptabilite buchhaltung=accounting
`
    .trim()
    .split("\n")
    .flatMap((line) => {
      const [forms, english] = line.split("=") as [string, string];
      return forms.split(" ").map((form) => [form, english] as const);
    }),
);

/** Words joining the parts of a skill ("con", "avec", "mit", "com", "y"). */
const AND_WITH = new Set(["y", "et", "und", "e", "con", "avec", "mit", "com", "bei", "aux", "sur"]);

/** Heads that say how a thing is dealt with, not what: read only with what they govern. */
const GENERIC_HEADS = new Set(["management", "control", "handling", "planning", "cost"]);

/** Readings to look up, fullest first: both word orders, then the head word alone. */
export function englishSkillReadings(said: string): string[] {
  let text = plain(said);
  for (const [pattern, english] of PHRASES) text = text.replace(pattern, `_${english.replace(/ /g, "_")}`);
  const words = (text.match(/[\p{L}\p{N}_+#-]+/gu) ?? []).filter((w) => !JOINERS.has(w) && !AND_WITH.has(w));
  const english = words.map((w) =>
    w.startsWith("_") ? w.slice(1).replace(/_/g, " ") : (WORK_WORDS[w] ?? MODIFIERS[w]),
  );
  if (english.length === 0 || english.some((w) => w === undefined)) return [];
  const read = english as string[];
  // The head alone ("pedidos" of "pedidos a proveedores": ordering), unless it only says how
  // the rest is handled ("gestión", "control"): "management" alone is no skill said.
  const head = GENERIC_HEADS.has(read[0]!) ? [] : [read[0]!];
  const readings = [read.slice().reverse().join(" "), read.join(" "), ...head];
  return [...new Set(readings)];
}

/** The first reading the taxonomy knows, or undefined (nothing said in another language's words). */
export function englishSkillReading<T>(said: string, lookup: (name: string) => T | undefined): T | undefined {
  for (const reading of englishSkillReadings(said)) {
    const known = lookup(reading);
    if (known) return known;
  }
  return undefined;
}
