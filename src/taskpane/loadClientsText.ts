// The words of "Load clients from Accounton", in EN/FR/NL: loaded with the Send view, not with the pane.
import { catalogReader } from '../core/catalog';

const en = {
  "load.heading": "Clients from Accounton",
  "load.button": "Load clients from Accounton",
  "load.progress": "Loading the clients",
  "load.written": "{written} of {total} clients written…",
  "load.done": "{count} clients loaded into the sheet “{sheet}”. Correct them there and send the sheet: each row updates its client.",
  "load.done.one": "1 client loaded into the sheet “{sheet}”. Correct it there and send the sheet: the row updates its client.",
  "load.doneNewSheet": "{count} clients loaded into the new sheet “{sheet}”, as the template already has rows. The pane checks and sends the template sheet only: move the rows there to send them.",
  "load.doneNewSheet.one": "1 client loaded into the new sheet “{sheet}”, as the template already has rows. The pane checks and sends the template sheet only: move the row there to send it.",
  "load.cancelled": "Cancelled: {count} of {total} clients were loaded into the sheet “{sheet}”.",
  "load.cancelledNothing": "Cancelled. Nothing was loaded.",
  "load.failed": "The clients already written stay in the sheet.",
  "load.cancelled.one": "Cancelled: 1 of {total} clients was loaded into the sheet “{sheet}”.",
} as const;

export type LoadMessageKey = keyof typeof en;
type Catalog = Record<LoadMessageKey, string>;

const fr: Catalog = {
  "load.heading": "Clients depuis Accounton",
  "load.button": "Charger les clients depuis Accounton",
  "load.progress": "Chargement des clients",
  "load.written": "{written} clients sur {total} écrits…",
  "load.done": "{count} clients chargés dans la feuille « {sheet} ». Corrigez-les là et envoyez la feuille : chaque ligne met son client à jour.",
  "load.done.one": "1 client chargé dans la feuille « {sheet} ». Corrigez-le là et envoyez la feuille : la ligne met son client à jour.",
  "load.doneNewSheet": "{count} clients chargés dans la nouvelle feuille « {sheet} », car le modèle a déjà des lignes. Le volet ne vérifie et n’envoie que la feuille du modèle : déplacez-y les lignes pour les envoyer.",
  "load.doneNewSheet.one": "1 client chargé dans la nouvelle feuille « {sheet} », car le modèle a déjà des lignes. Le volet ne vérifie et n’envoie que la feuille du modèle : déplacez-y la ligne pour l’envoyer.",
  "load.cancelled": "Annulé : {count} clients sur {total} ont été chargés dans la feuille « {sheet} ».",
  "load.cancelledNothing": "Annulé. Rien n’a été chargé.",
  "load.failed": "Les clients déjà écrits restent dans la feuille.",
  "load.cancelled.one": "Annulé : 1 client sur {total} a été chargé dans la feuille « {sheet} ».",
};

const nl: Catalog = {
  "load.heading": "Klanten uit Accounton",
  "load.button": "Klanten laden uit Accounton",
  "load.progress": "De klanten worden geladen",
  "load.written": "{written} van {total} klanten geschreven…",
  "load.done": "{count} klanten geladen in het blad “{sheet}”. Verbeter ze daar en verstuur het blad: elke rij werkt haar klant bij.",
  "load.done.one": "1 klant geladen in het blad “{sheet}”. Verbeter hem daar en verstuur het blad: de rij werkt haar klant bij.",
  "load.doneNewSheet": "{count} klanten geladen in het nieuwe blad “{sheet}”, omdat het sjabloon al rijen heeft. Het deelvenster controleert en verstuurt enkel het sjabloonblad: verplaats de rijen daarheen om ze te versturen.",
  "load.doneNewSheet.one": "1 klant geladen in het nieuwe blad “{sheet}”, omdat het sjabloon al rijen heeft. Het deelvenster controleert en verstuurt enkel het sjabloonblad: verplaats de rij daarheen om ze te versturen.",
  "load.cancelled": "Geannuleerd: {count} van {total} klanten werden geladen in het blad “{sheet}”.",
  "load.cancelledNothing": "Geannuleerd. Er werd niets geladen.",
  "load.failed": "De klanten die al geschreven zijn, blijven in het blad.",
  "load.cancelled.one": "Geannuleerd: 1 van {total} klanten werd geladen in het blad “{sheet}”.",
};

/** The text of `key` in `lang`: the `.one` variant when params.count is 1. */
export const loadText = catalogReader<LoadMessageKey>({ en, fr, nl });
