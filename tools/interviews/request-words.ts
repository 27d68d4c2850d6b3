/**
 * The words of a question request that are the asking, not the topic: "show me some
 * interview questions about warehouse safety" is about "warehouse safety". Left in, they
 * match every question of the bank by their letters (the embedder hashes n-grams) and by
 * full text ("show" is in many questions), so a topic the bank lacks still "finds" noise.
 */
import { STOPWORDS } from "../../data/embeddings/tokenize.ts";
import { editDistance } from "../text/edit-distance.ts";

/**
 * Asking, listing and quantity words, and the kinds and levels the request's filters carry.
 * Not here: words that are also topics ("test", "case", "key", "set", "manager").
 */
const REQUEST_WORDS = new Set(
  (
    "show find search list lists listing get give giv gimme send share see view pull bring " +
    "gets getting asking need want wanna gonna would love looking look help some any few couple bunch lot lots " +
    "more another other next new example examples sample samples common typical usual likely " +
    "possible good best top main popular frequent frequently asked ask asks prep prepare prepping " +
    "preparing preparation practice practise practicing practising drill quiz " +
    "interviewer interviewers recruiter recruiters q qs ques pls plz thanks thx " +
    "behavioral behavioural technical situational hard easy medium tough difficult simple " +
    "basic advanced beginner tricky " +
    // The same asking in the other languages the chat understands.
    "preguntas pregunta entrevista entrevistas sobre de para perguntas pergunta entretien entretiens " +
    "fragen frage vorstellungsgespräch bewerbungsgespräch sawal sawaal prashn " +
    // Asking verbs and politeness: "dame preguntas de entrevista" is about no topic ("dame").
    "dame dime hazme muéstrame muestrame manda mándame quiero necesito unas unos algunas algunos porfa favor " +
    "donne donnez donne-moi montre montrez envoie veux voudrais besoin quelques des stp svp merci " +
    "d'entretien gib gibt zeig zeige schick brauche möchte ein eine paar einige bitte mir mich fürs für zum " +
    "mostra mostre manda quero preciso algumas alguns umas uns por " +
    // Kinds and "for example" in those languages (not "technique": an English topic word too): "una pregunta técnica sobre …, por ejemplo …"
    // is about the words after them (trial14 §8 said back "una técnica … ejemplo …").
    "una un técnica tecnica técnicas tecnicas técnico tecnico conductual ejemplo ejemplos " +
    "exemple exemples technische technisches beispiel beispiele exemplo exemplos o ou oder " +
    "do dedo dijiye batao chahiye kuch"
  ).split(/\s+/),
);

/** Misspellings of the two words every request has ("interveiw", "qustions", "quesitons"). */
const ALWAYS_ASKED = ["interview", "interviews", "question", "questions"];

function isRequestWord(token: string): boolean {
  if (REQUEST_WORDS.has(token)) return true;
  return token.length >= 6 && ALWAYS_ASKED.some((w) => editDistance(token, w, 2) <= 2);
}

/**
 * The request with its asking and function words taken out, words otherwise as written
 * ("node.js", "C++" stay whole); "" when it names no topic ("giv me some interveiw questions").
 */
export function requestTopic(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => {
      const bare = word.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'");
      const core = bare.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, "");
      return core !== "" && !STOPWORDS.has(core) && !isRequestWord(core);
    })
    .join(" ")
    .replace(/[?!.,;:]+$/, "");
}
