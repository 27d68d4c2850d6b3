/**
 * Job-title words of Spanish, Portuguese, French and German with their English equivalent, so a
 * dream role said in those languages ("quiero ser diseñadora UX", "Softwareentwickler werden")
 * reaches the English role finder (O*NET and ESCO titles are English). Keys are lower case
 * without accents (see `plain`); both genders are listed. Words not here are kept as written:
 * many titles borrow English words (UX, marketing, software, web, data).
 */

/** Head nouns: the word that names the job. */
export const HEADS: Record<string, string> = Object.fromEntries(
  `
enfermero enfermera enfermeiro enfermeira infirmier infirmiere krankenschwester krankenpfleger krankenpflegerin pflegefachkraft pflegefachfrau pflegefachmann=nurse
jefe jefa gerente responsable gestor gestora gestionnaire chef leiter leiterin manager managerin=manager
director directora diretor diretora directeur directrice direktor direktorin=director
ingeniero ingeniera engenheiro engenheira ingenieur ingenieure ingenieurin=engineer
analista analyste analyst analystin=analyst
desarrollador desarrolladora desenvolvedor desenvolvedora developpeur developpeuse entwickler entwicklerin=developer
programador programadora programmeur programmeuse programmierer programmiererin=programmer
tecnico tecnica technicien technicienne techniker technikerin=technician
coordinador coordinadora coordenador coordenadora coordinateur coordinatrice koordinator koordinatorin=coordinator
asistente assistente auxiliar assistant assistante assistent assistentin helfer helferin=assistant
aide-soignant aide-soignante aides-soignants aides-soignantes=nursing assistant
medico medica medecin arzt arztin=physician
profesor profesora professor professora maestro maestra docente enseignant enseignante professeur lehrer lehrerin=teacher
contador contadora contable comptable buchhalter buchhalterin=accountant
vendedor vendedora vendeur vendeuse verkaufer verkauferin commercial commerciale=sales representative
administrador administradora administrateur administratrice administrator administratorin=administrator
consultor consultora consultant consultante berater beraterin=consultant
disenador disenadora designer designerin concepteur conceptrice projetista=designer
graphiste=graphic designer
supervisor supervisora superviseur superviseure=supervisor
especialista specialiste spezialist spezialistin referent referentin=specialist
encargado encargada=supervisor
asesor asesora assessor assessora conseiller conseillere=advisor
abogado abogada advogado advogada avocat avocate anwalt anwaltin rechtsanwalt rechtsanwaltin=lawyer
practicante becario becaria estagiario estagiaria stagiaire praktikant praktikantin werkstudent werkstudentin=intern
cajero cajera caixa caissier caissiere kassierer kassiererin=cashier
recepcionista receptionniste rezeptionist rezeptionistin=receptionist
secretario secretaria secretaire sekretar sekretarin=secretary
farmaceutico farmaceutica pharmacien pharmacienne apotheker apothekerin=pharmacist
cientifico cientifica cientista scientifique wissenschaftler wissenschaftlerin=scientist
arquitecto arquitecta arquiteto arquiteta architecte architekt architektin=architect
representante representant representante=representative
ejecutivo ejecutiva executivo executiva=executive
agente agent=agent
operario operaria operador operadora operateur operatrice=operator
mecanico mecanica mecanicien mechaniker mechanikerin=mechanic
electricista eletricista electricien elektriker elektrikerin=electrician
cocinero cocinera cozinheiro cozinheira cuisinier cuisiniere koch kochin=cook
camarero camarera mesero mesera garcom garconete serveur serveuse kellner kellnerin=waiter
conductor conductora motorista chauffeur fahrer fahrerin=driver
fisioterapeuta physiotherapeute physiotherapeut physiotherapeutin=physical therapist
psicologo psicologa psychologue psychologe psychologin=psychologist
periodista jornalista journaliste journalist journalistin=journalist
traductor traductora tradutor tradutora traducteur traductrice ubersetzer ubersetzerin=translator
investigador investigadora pesquisador pesquisadora chercheur chercheuse forscher forscherin=researcher
lider=lead
redactor redactora redator redatora redacteur redactrice redakteur redakteurin=writer
economista economiste okonom okonomin=economist
auditor auditora auditeur auditrice prufer pruferin=auditor
formador formadora formateur formatrice trainer trainerin=trainer
lagerist lageristin lagerarbeiter lagerarbeiterin=warehouse worker
dentista dentiste zahnarzt zahnarztin=dentist
veterinario veterinaria veterinaire tierarzt tierarztin=veterinarian
geschaftsfuhrer geschaftsfuhrerin=general manager
sachbearbeiter sachbearbeiterin=clerk
charge chargee=specialist
juriste jurista justiziar justiziarin syndikus syndikusanwalt syndikusanwaltin=counsel
chefe=manager
planificador planificadora planejador planejadora planificateur planificatrice planer planerin=planner
despachador despachadora disponent disponentin=dispatcher
`
    .trim()
    .split("\n")
    .flatMap((line) => {
      const [forms, english] = line.split("=") as [string, string];
      return forms.split(" ").map((form) => [form, english] as const);
    }),
);

/** Words and phrases that qualify a head ("de datos", "gráfico", "Vertrieb"). */
export const MODIFIERS: Record<string, string> = Object.fromEntries(
  `
datos dados donnees daten=data
recepcion recepcao reception rezeption empfang=front office
ventas vendas ventes vertrieb verkauf=sales
proyecto proyectos projeto projetos projet projets projekt projekte=project
grafico grafica graphique grafik=graphic
mecanico mecanica mecanique maschinenbau=mechanical
electrico electrica eletrico eletrica electrique elektro=electrical
sistemas systemes system systeme=systems
redes reseaux netzwerk netzwerke=network
seguridad seguranca securite sicherheit=security
soporte suporte=support
cliente clientes clientela clientele client clients kunden=customer
finanzas financas finance finances finanz finanzen=finance
financiero financiera financeiro financeira financier financiere=financial
contabilidad contabilidade comptabilite=accounting
producto productos produto produtos produit produits produkt=product
usuario usuarios utilisateur utilisateurs nutzer=user
experiencia experience=experience
interfaz interfaces=interface
negocio negocios affaires=business
salud saude sante gesundheit=health
produccion producao produktion=production
educacion educacao education bildung=education
informacion informacao=information
tecnologia tecnologias technologie=technology
calidad qualidade qualite qualitat=quality
logistica logistique logistik=logistics
operaciones operacoes operations=operations
administrativo administrativa administratif administrative verwaltung=administrative
contenido contenidos conteudo conteudos contenu=content
comunicacion comunicacao=communications
compras achats einkauf=purchasing
nube nuvem=cloud
movil movel=mobile
cuentas contas comptes=account
mantenimiento manutencao maintenance wartung=maintenance
almacen armazem entrepot lager=warehouse
enfermeria enfermagem soins pflege=nursing
tienda loja magasin=store
primaria primaire grundschul grundschule=elementary school
secundaria=high school
ingles anglais englisch=english
matematicas matematica mathematiques mathe=math
interiores interieur innen=interior
moda mode=fashion
videojuegos jogos=game
pruebas testes=test
bau=civil
personal=human resources
marketing=marketing
software logiciel logiciels=software
senior=senior
junior=junior
tecnico tecnica technique technisch=technical
comercial commercial commerciale=sales
jefe jefa chef=head
entreprise empresa empresas unternehmen unternehmens firmen=corporate
juridique juridico juridica rechts=legal
restaurante restaurant restauration gastronomie=restaurant
cocina cozinha cuisine kuche=kitchen
solar solaire photovoltaik photovoltaique fotovoltaica fotovoltaico pv=solar
energie energia energias energies=energy
construccion construcao construction=construction
immobilier inmobiliario inmobiliaria imobiliario imobiliaria immobilien=real estate
hotel hotelerie hoteleria hotellerie=hotel
recrutement reclutamiento recrutamento recruiting=recruiting
paie nomina folha lohn=payroll
oncologia oncologie onkologie=oncology
pediatria pediatrie padiatrie=pediatric
urgencias urgencia urgences emergencia notaufnahme=emergency
quirofano quirurgica quirurgico cirurgia cirurgica bloc=surgical
investigacion pesquisa recherche forschung=research
clinico clinica clinique klinisch klinische=clinical
hospitalaria hospitalario hospitalar hospitalier hospitaliere=hospital
cardiologia cardiologie kardiologie=cardiology
`
    .trim()
    .split("\n")
    .flatMap((line) => {
      const [forms, english] = line.split("=") as [string, string];
      return forms.split(" ").map((form) => [form, english] as const);
    }),
);

/** Several words that say one thing, read before single words. */
export const PHRASES: [RegExp, string][] = [
  [/\b(?:recursos humanos|ressources humaines)\b/g, "human resources"],
  [/\b(?:redes sociales|redes sociais|reseaux sociaux)\b/g, "social media"],
  [/\b(?:bases? de datos|bancos? de dados|bases? de donnees)\b/g, "database"],
  [/\b(?:atencion al cliente|atendimento ao cliente|service client)\b/g, "customer service"],
  [/\b(?:aprendizaje automatico|aprendizado de maquina|apprentissage automatique)\b/g, "machine learning"],
  [/\b(?:ciencia de datos|ciencia de dados|science des donnees)\b/g, "data science"],
  [/\bjeux video\b/g, "game"],
  // A German field said alone ("in die Qualitätssicherung wechseln", trial19): a department of
  // making and testing things, O*NET's quality control analysts (whose titles hold "Quality
  // Assurance Technician", "… Auditor"); "quality assurance" alone reads as software testing.
  [/\bqualitats(?:sicherung|kontrolle|prufung)\b/g, "quality control"],
  // "coordinadora de ensayos clínicos", "enfermera de investigación clínica" (trial14 §6).
  [
    /\b(?:ensayos? clinicos?|estudios? clinicos?|investigacion clinica|pesquisa clinica|ensaios? clinicos?|estudos? clinicos?|essais? cliniques?|recherche clinique|etudes? cliniques?|klinischen? (?:studien|forschung|prufungen))\b/g,
    "clinical research",
  ],
  [
    /\b(?:cuidados intensivos|terapia intensiva|soins intensifs|intensivstation|intensivpflege)\b/g,
    "intensive care",
  ],
];

/** Words that join a head to what qualifies it in the Romance languages ("de", "en", "du"). */
export const JOINERS = new Set(
  "de del da do das dos des du d en em la el los las le les a al o os um uma un une para pour fur fuer im in der die das den dem von vom mit bei".split(
    " ",
  ),
);
