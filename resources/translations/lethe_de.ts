<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Engine</name>
    <message>
        <source>normal quantile of %1: needs 0 &lt; p &lt; 1</source>
        <translation>Normalquantil von %1: erfordert 0 &lt; p &lt; 1</translation>
    </message>
    <message>
        <source>class threshold attack: label %1 out of range</source>
        <translation>Schwellenwertangriff je Klasse: Klasse %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>MIA-Efficacy SVC needs members and non-members to fit on</source>
        <translation>die SVC für MIA-Efficacy benötigt Mitglieder und Nichtmitglieder, auf die sie angepasst werden kann</translation>
    </message>
    <message>
        <source>libsvm: %1</source>
        <translation>libsvm: %1</translation>
    </message>
    <message>
        <source>LiRA: example %1 has no reference model without it</source>
        <translation>LiRA: für Beispiel %1 gibt es kein Referenzmodell, das ohne dieses Beispiel trainiert wurde</translation>
    </message>
    <message>
        <source>RMIA needs population data (none given)</source>
        <translation>RMIA benötigt Populationsdaten (keine angegeben)</translation>
    </message>
    <message>
        <source>challenge epsilon needs scores of unlearned and of retrained models</source>
        <translation>das Challenge-Epsilon benötigt Werte verlernter und neu trainierter Modelle</translation>
    </message>
    <message>
        <source>%1: the project has no test records to audit against</source>
        <translation>%1: das Projekt hat keine Testdatensätze, gegen die geprüft werden kann</translation>
    </message>
    <message>
        <source>a record the scoring unit did not score</source>
        <translation>ein Datensatz, den die Bewertungseinheit nicht bewertet hat</translation>
    </message>
    <message>
        <source>model %1 gives NaN outputs on %2 of %3 audited records (first: record %4): its weights may have diverged; it cannot be audited</source>
        <translation>Modell %1 liefert NaN-Ausgaben für %2 von %3 geprüften Datensätzen (erster: Datensatz %4): Seine Gewichte sind möglicherweise divergiert; es kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>pool_models %1: an even number of at most the pool&apos;s %2 models</source>
        <translation>pool_models %1: muss eine gerade Zahl sein und darf die %2 Modelle des Pools nicht überschreiten</translation>
    </message>
    <message>
        <source>reference pool %1 does not cover record %2</source>
        <translation>Referenzpool %1 deckt Datensatz %2 nicht ab</translation>
    </message>
    <message>
        <source>no reference model trained on these records (erased records are OUT for every model after a rebuild): the IN distribution does not exist</source>
        <translation>kein Referenzmodell wurde auf diesen Datensätzen trainiert (gelöschte Datensätze sind nach einem Neuaufbau für jedes Modell OUT): Die IN-Verteilung existiert nicht</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; and the others of its case were redacted from this project&apos;s copies on %2 after the case was answered: their raw data is gone, so they cannot be audited again (the stored audits and reports keep their scores)</source>
        <translation>Datensatz &apos;%1&apos; und die übrigen Datensätze seines Falls wurden am %2 nach Beantwortung des Falls in den Kopien dieses Projekts geschwärzt: Ihre Rohdaten sind nicht mehr vorhanden, daher können sie nicht erneut geprüft werden (die gespeicherten Prüfungen und Berichte behalten ihre Werte)</translation>
    </message>
    <message>
        <source>audit %1: stored scores do not match their SHA-256</source>
        <translation>Prüfung %1: die gespeicherten Werte stimmen nicht mit ihrem SHA-256 überein</translation>
    </message>
    <message>
        <source>audit %1: stored attack scores do not match their SHA-256</source>
        <translation>Prüfung %1: die gespeicherten Angriffswerte stimmen nicht mit ihrem SHA-256 überein</translation>
    </message>
    <message>
        <source>membership attack needs members and non-members (one side is empty)</source>
        <translation>der Mitgliedschaftsangriff benötigt Mitglieder und Nichtmitglieder (eine Seite ist leer)</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos;</source>
        <translation>unbekannte Statistik &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no live trained model to copy the training config from; train one first</source>
        <translation>%1: kein aktives trainiertes Modell, dessen Trainingskonfiguration übernommen werden könnte; trainieren Sie zuerst eines</translation>
    </message>
    <message>
        <source>reference pool %1 lost %2 of %3 models to erasure job %4 (they trained on erased records); rebuild with: %5</source>
        <translation>Referenzpool %1 hat %2 von %3 Modellen durch Löschauftrag %4 verloren (sie wurden auf gelöschten Datensätzen trainiert); neu erstellen mit: %5</translation>
    </message>
    <message>
        <source>reference pool %1 lost %2 of %3 models to erasure jobs %4 (they trained on erased records); rebuild with: %5</source>
        <translation>Referenzpool %1 hat %2 von %3 Modellen durch die Löschaufträge %4 verloren (sie wurden auf gelöschten Datensätzen trainiert); neu erstellen mit: %5</translation>
    </message>
    <message>
        <source>reference pool %1 is not complete (%2 of %3 models); rebuild with: %4</source>
        <translation>Referenzpool %1 ist unvollständig (%2 von %3 Modellen); neu erstellen mit: %4</translation>
    </message>
    <message>
        <source>reference pool %1 model %2 trained on record %3, erased by job %4, which left the purge to a later job of its case that has not run; rebuild with: %5</source>
        <translation>Modell %2 von Referenzpool %1 wurde auf Datensatz %3 trainiert, der durch Auftrag %4 gelöscht wurde; dieser hat das Löschen der Dateien einem späteren Auftrag seines Falls überlassen, der noch nicht ausgeführt wurde; neu erstellen mit: %5</translation>
    </message>
    <message>
        <source>reference pool %1 model %2 trained on record %3, erased by job %4 before erasures purged reference models; rebuild with: %5</source>
        <translation>Modell %2 von Referenzpool %1 wurde auf Datensatz %3 trainiert, der durch Auftrag %4 gelöscht wurde, als Löschungen Referenzmodelle noch nicht mit entfernten; neu erstellen mit: %5</translation>
    </message>
    <message>
        <source>a reference model&apos;s outputs do not check out after training</source>
        <translation>die Ausgaben eines Referenzmodells sind nach dem Training fehlerhaft</translation>
    </message>
    <message>
        <source>%1 of %2 reference models failed on %3 (the %4 that finished are kept; run the build again for the rest):%5</source>
        <translation>%1 von %2 Referenzmodellen sind auf %3 fehlgeschlagen (die %4 fertigen bleiben erhalten; starten Sie die Erstellung für den Rest erneut):%5</translation>
    </message>
    <message>
        <source>%1: changed since the unit was written (SHA-256 differs)</source>
        <translation>%1: seit dem Schreiben der Arbeitseinheit geändert (SHA-256 weicht ab)</translation>
    </message>
    <message>
        <source>%1: its records changed since %2 was written</source>
        <translation>%1: die Datensätze haben sich seit dem Schreiben von %2 geändert</translation>
    </message>
    <message>
        <source>--k %1: the pool needs 2 to 256 reference models</source>
        <translation>--k %1: der Pool benötigt 2 bis 256 Referenzmodelle</translation>
    </message>
    <message>
        <source>--k %1: K must be even (each record is IN for exactly K/2 models)</source>
        <translation>--k %1: K muss gerade sein (jeder Datensatz ist für genau K/2 Modelle IN)</translation>
    </message>
    <message>
        <source>model %1 has no training run to copy</source>
        <translation>Modell %1 hat keinen Trainingslauf, der übernommen werden könnte</translation>
    </message>
    <message>
        <source>%1: the project has no records</source>
        <translation>%1: das Projekt enthält keine Datensätze</translation>
    </message>
    <message>
        <source>%1: reference pool %2 does not cover the project&apos;s records; build a new pool</source>
        <translation>%1: Referenzpool %2 deckt die Datensätze des Projekts nicht ab; erstellen Sie einen neuen Pool</translation>
    </message>
    <message>
        <source>no complete reference pool matches this model&apos;s training config; build one with: %1</source>
        <translation>kein vollständiger Referenzpool passt zur Trainingskonfiguration dieses Modells; erstellen Sie einen mit: %1</translation>
    </message>
    <message>
        <source>reference pool %1 lacks models</source>
        <translation>in Referenzpool %1 fehlen Modelle</translation>
    </message>
    <message>
        <source>%1: reference scores changed since they were recorded (SHA-256 does not match)</source>
        <translation>%1: die Referenzwerte haben sich seit ihrer Aufzeichnung geändert (SHA-256 stimmt nicht überein)</translation>
    </message>
    <message>
        <source>%1: reference scores have the wrong size for pool %2</source>
        <translation>%1: die Referenzwerte haben die falsche Größe für Pool %2</translation>
    </message>
    <message>
        <source>the newer pool %1 matches the same model</source>
        <translation>der neuere Pool %1 passt zum selben Modell</translation>
    </message>
    <message>
        <source>%1: model %2 changed since the unit was written</source>
        <translation>%1: Modell %2 hat sich seit dem Schreiben der Arbeitseinheit geändert</translation>
    </message>
    <message>
        <source>%1 of %2 audit scoring passes failed on %3 (nothing was stored; the passes that finished are kept for the next run):%4</source>
        <translation>%1 von %2 Bewertungsdurchläufen der Prüfung sind auf %3 fehlgeschlagen (es wurde nichts gespeichert; die abgeschlossenen Durchläufe bleiben für den nächsten Lauf erhalten):%4</translation>
    </message>
    <message>
        <source>%1: cannot create temporary file: %2</source>
        <translation>%1: temporäre Datei kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: fsync failed: %2</source>
        <translation>%1: fsync fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: rename failed: %2</source>
        <translation>%1: Umbenennen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read (missing or no permission)</source>
        <translation>%1: kann nicht gelesen werden (fehlt oder keine Berechtigung)</translation>
    </message>
    <message>
        <source>%1 (the technical detail is in %2)</source>
        <translation>%1 (die technischen Details stehen in %2)</translation>
    </message>
    <message>
        <source>%1 (the technical detail could not be written to %2)</source>
        <translation>%1 (die technischen Details konnten nicht in %2 geschrieben werden)</translation>
    </message>
    <message>
        <source>Lethe stopped on an internal error in the computation; the technical detail is in %1.</source>
        <translation>Lethe hat die Berechnung wegen eines internen Fehlers abgebrochen; die technischen Details stehen in %1.</translation>
    </message>
    <message>
        <source>Lethe stopped on an internal error in the computation; the technical detail could not be written to %1.</source>
        <translation>Lethe hat die Berechnung wegen eines internen Fehlers abgebrochen; die technischen Details konnten nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 init failed</source>
        <translation>Initialisierung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 deflate failed</source>
        <translation>deflate (%1) fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated compressed data (truncated: the gzip trailer is missing)</source>
        <translation>%1: beschädigte oder abgeschnittene komprimierte Daten (abgeschnitten: der gzip-Trailer fehlt)</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated compressed data (%2)</source>
        <translation>%1: beschädigte oder abgeschnittene komprimierte Daten (%2)</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated compressed data (corrupt)</source>
        <translation>%1: beschädigte oder abgeschnittene komprimierte Daten (beschädigt)</translation>
    </message>
    <message>
        <source>%1 failed to initialise</source>
        <translation>%1 konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: read error</source>
        <translation>%1: Lesefehler</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a state (%3)</source>
        <translation>%1: &apos;%2&apos; ist kein Zustand (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a model kind (%3)</source>
        <translation>%1: &apos;%2&apos; ist keine Modellart (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a model origin (%3)</source>
        <translation>%1: &apos;%2&apos; ist kein Modellursprung (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a job kind (%3)</source>
        <translation>%1: &apos;%2&apos; ist keine Auftragsart (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a job status (%3)</source>
        <translation>%1: &apos;%2&apos; ist kein Auftragsstatus (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an audit role (%3)</source>
        <translation>%1: &apos;%2&apos; ist keine Prüfungsrolle (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a method kind (%3)</source>
        <translation>%1: &apos;%2&apos; ist keine Methodenart (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a pool state (%3)</source>
        <translation>%1: &apos;%2&apos; ist kein Pool-Zustand (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a case status (%3)</source>
        <translation>%1: &apos;%2&apos; ist kein Fallstatus (%3)</translation>
    </message>
    <message>
        <source>%1: not a %2 work unit (version 1)</source>
        <translation>%1: keine Arbeitseinheit vom Typ %2 (Version 1)</translation>
    </message>
    <message>
        <source>%1: not an IDX file (shorter than its 4-byte magic)</source>
        <translation>%1: keine IDX-Datei (kürzer als die 4 Byte lange Magic Number)</translation>
    </message>
    <message>
        <source>%1: not an IDX file (wrong magic: the first two bytes must be zero)</source>
        <translation>%1: keine IDX-Datei (falsche Magic Number: Die ersten beiden Bytes müssen null sein)</translation>
    </message>
    <message>
        <source>%1: IDX element type must be unsigned byte (0x08)</source>
        <translation>%1: der IDX-Elementtyp muss vorzeichenloses Byte (0x08) sein</translation>
    </message>
    <message>
        <source>%1: expected an IDX file of %2 dimensions, found %3</source>
        <translation>%1: erwartet wurde eine IDX-Datei mit %2 Dimensionen, gefunden %3</translation>
    </message>
    <message>
        <source>%1: truncated IDX header</source>
        <translation>%1: abgeschnittener IDX-Header</translation>
    </message>
    <message>
        <source>%1: truncated IDX data (header promises %2 bytes, file has %3)</source>
        <translation>%1: abgeschnittene IDX-Daten (laut Header %2 Bytes, die Datei hat %3)</translation>
    </message>
    <message>
        <source>%1: IDX file has %2 trailing bytes</source>
        <translation>%1: die IDX-Datei hat %2 überzählige Bytes am Ende</translation>
    </message>
    <message>
        <source>%1: holds %2 labels but %3 holds %4 images</source>
        <translation>%1: enthält %2 Klassenangaben, aber %3 enthält %4 Bilder</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value; %4 fills missing values (a numeric column&apos;s mean, a text column&apos;s most frequent value)</source>
        <translation>%1:%2: Spalte &apos;%3&apos; hat keinen Wert; %4 füllt fehlende Werte auf (bei einer numerischen Spalte mit dem Mittelwert, bei einer Textspalte mit dem häufigsten Wert)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value (&apos;%4&apos;); %5 fills missing values (a numeric column&apos;s mean, a text column&apos;s most frequent value)</source>
        <translation>%1:%2: Spalte &apos;%3&apos; hat keinen Wert (&apos;%4&apos;); %5 füllt fehlende Werte auf (bei einer numerischen Spalte mit dem Mittelwert, bei einer Textspalte mit dem häufigsten Wert)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value</source>
        <translation>%1:%2: Spalte &apos;%3&apos; hat keinen Wert</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value (&apos;%4&apos;)</source>
        <translation>%1:%2: Spalte &apos;%3&apos; hat keinen Wert (&apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: no &apos;%2&apos; column in the header</source>
        <translation>%1: keine Spalte &apos;%2&apos; in der Kopfzeile</translation>
    </message>
    <message>
        <source>%1: no data rows</source>
        <translation>%1: keine Datenzeilen</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; appears twice in the header</source>
        <translation>%1: Spalte &apos;%2&apos; kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; has no value in any row</source>
        <translation>%1: Spalte &apos;%2&apos; hat in keiner Zeile einen Wert</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; holds %3 different text values, more than the %4 a one-hot encoding takes; remove free-text columns before importing</source>
        <translation>%1: Spalte &apos;%2&apos; enthält %3 verschiedene Textwerte, mehr als die %4, die eine One-Hot-Kodierung zulässt; entfernen Sie Freitextspalten vor dem Import</translation>
    </message>
    <message>
        <source>%1: no feature columns</source>
        <translation>%1: keine Merkmalsspalten</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos;, a feature of the dataset&apos;s encoding</source>
        <translation>%1: keine Spalte &apos;%2&apos;, obwohl sie ein Merkmal der Kodierung des Datenbestands ist</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; is not among the features the project&apos;s data has (%3)</source>
        <translation>%1: Spalte &apos;%2&apos; gehört nicht zu den Merkmalen der Projektdaten (%3)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; is not a finite number: &apos;%4&apos;</source>
        <translation>%1:%2: Spalte &apos;%3&apos; ist keine endliche Zahl: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has &apos;%4&apos;, a value the dataset&apos;s encoding does not know (it knows %5)</source>
        <translation>%1:%2: Spalte &apos;%3&apos; enthält &apos;%4&apos;, einen Wert, den die Kodierung des Datenbestands nicht kennt (bekannt sind %5)</translation>
    </message>
    <message>
        <source>%1:%2: label must be an integer in 0..255, not &apos;%3&apos;</source>
        <translation>%1:%2: die Klasse muss eine ganze Zahl im Bereich 0..255 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: unknown dataset format &apos;%2&apos;</source>
        <translation>%1: unbekanntes Format des Datenbestands &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a %2 dataset is not rewritten to redact</source>
        <translation>%1: ein Datenbestand im Format %2 wird zum Schwärzen nicht neu geschrieben</translation>
    </message>
    <message>
        <source>%1: the image is grey; the dataset&apos;s images are RGB</source>
        <translation>%1: das Bild ist in Graustufen; die Bilder des Datenbestands sind RGB</translation>
    </message>
    <message>
        <source>%1: the image is RGB; the dataset&apos;s images are grey</source>
        <translation>%1: das Bild ist RGB; die Bilder des Datenbestands sind in Graustufen</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated %2 image (its header gives no size)</source>
        <translation>%1: beschädigtes oder abgeschnittenes %2-Bild (sein Header gibt keine Größe an)</translation>
    </message>
    <message>
        <source>%1: the image claims %2x%3 pixels, more than the 8192x8192 Lethe reads</source>
        <translation>%1: das Bild gibt %2x%3 Pixel an, mehr als die 8192x8192, die Lethe liest</translation>
    </message>
    <message>
        <source>%1the file name is empty</source>
        <translation>%1der Dateiname ist leer</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a path relative to the data folder</source>
        <translation>%1&apos;%2&apos; muss ein Pfad relativ zum Datenordner sein</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; leaves the data folder (&apos;..&apos;); refused</source>
        <translation>%1&apos;%2&apos; verlässt den Datenordner (&apos;..&apos;); abgelehnt</translation>
    </message>
    <message>
        <source>%1: leads out of the data folder through a link; refused</source>
        <translation>%1: führt über einen Link aus dem Datenordner hinaus; abgelehnt</translation>
    </message>
    <message>
        <source>%1: not a readable PNG image (%2)</source>
        <translation>%1: kein lesbares PNG-Bild (%2)</translation>
    </message>
    <message>
        <source>%1: the image has an alpha channel; Lethe reads grey or RGB images without one</source>
        <translation>%1: das Bild hat einen Alphakanal; Lethe liest Graustufen- oder RGB-Bilder ohne Alphakanal</translation>
    </message>
    <message>
        <source>%1: the image has 16 bits per sample; Lethe reads 8-bit images</source>
        <translation>%1: das Bild hat 16 Bit pro Kanal; Lethe liest 8-Bit-Bilder</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated PNG image (%2)</source>
        <translation>%1: beschädigtes oder abgeschnittenes PNG-Bild (%2)</translation>
    </message>
    <message>
        <source>%1: cannot make a decompressor</source>
        <translation>%1: Dekompressor kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>%1: not a readable JPEG image (%2)</source>
        <translation>%1: kein lesbares JPEG-Bild (%2)</translation>
    </message>
    <message>
        <source>%1: the image is CMYK; Lethe reads grey or RGB images</source>
        <translation>%1: das Bild ist CMYK; Lethe liest Graustufen- oder RGB-Bilder</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated JPEG image (%2)</source>
        <translation>%1: beschädigtes oder abgeschnittenes JPEG-Bild (%2)</translation>
    </message>
    <message>
        <source>%1: not a PNG or JPEG image</source>
        <translation>%1: kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>%1: this build of Lethe reads no images (built without %2 and %3)</source>
        <translation>%1: diese Lethe-Version liest keine Bilder (ohne %2 und %3 erstellt)</translation>
    </message>
    <message>
        <source>%1: the dataset&apos;s spec lists files and labels of other counts</source>
        <translation>%1: die Spezifikation des Datenbestands führt unterschiedlich viele Dateien und Klassenangaben auf</translation>
    </message>
    <message>
        <source>%1: the image is %2x%3 pixels; the dataset&apos;s images are %4x%5</source>
        <translation>%1: das Bild hat %2x%3 Pixel; die Bilder des Datenbestands haben %4x%5</translation>
    </message>
    <message>
        <source>%1: not a project-relative path</source>
        <translation>%1: kein projektrelativer Pfad</translation>
    </message>
    <message>
        <source>%1: escapes the project folder %2; refused</source>
        <translation>%1: verlässt den Projektordner %2; abgelehnt</translation>
    </message>
    <message>
        <source>%1: row %2 is past the end (%3 records)</source>
        <translation>%1: Zeile %2 liegt hinter dem Ende (%3 Datensätze)</translation>
    </message>
    <message>
        <source>%1: the project has no dataset</source>
        <translation>%1: das Projekt hat keinen Datenbestand</translation>
    </message>
    <message>
        <source>%1: holds %2 records, the lineage says %3</source>
        <translation>%1: enthält %2 Datensätze, laut Datenherkunft %3</translation>
    </message>
    <message>
        <source>%1: record shape differs from the first dataset</source>
        <translation>%1: die Form der Datensätze weicht vom ersten Datenbestand ab</translation>
    </message>
    <message>
        <source>record %1: row %2 is outside its dataset</source>
        <translation>Datensatz %1: Zeile %2 liegt außerhalb seines Datenbestands</translation>
    </message>
    <message>
        <source>%1: the bytes of record %2 (row %3) no longer match the SHA-256 stored at import</source>
        <translation>%1: die Bytes von Datensatz %2 (Zeile %3) stimmen nicht mehr mit dem beim Import gespeicherten SHA-256 überein</translation>
    </message>
    <message>
        <source>record %1: label in the file differs from the lineage</source>
        <translation>Datensatz %1: die Klasse in der Datei weicht von der Datenherkunft ab</translation>
    </message>
    <message>
        <source>record %1 is not in the project</source>
        <translation>Datensatz %1 ist nicht im Projekt enthalten</translation>
    </message>
    <message>
        <source>the archive cannot be started: %1</source>
        <translation>das Archiv kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the archive member %1 cannot be written: %2</source>
        <translation>der Archiveintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the archive cannot be finished: %1</source>
        <translation>das Archiv kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>%1: not an evidence bundle (not a gzip-compressed tar archive)</source>
        <translation>%1: kein Nachweispaket (kein gzip-komprimiertes tar-Archiv)</translation>
    </message>
    <message>
        <source>%1: the archive is damaged after %2 members (%3)</source>
        <translation>%1: das Archiv ist nach %2 Einträgen beschädigt (%3)</translation>
    </message>
    <message>
        <source>%1: member %2 is not a plain file</source>
        <translation>%1: Eintrag %2 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: member path &apos;%2&apos; is not a plain relative path</source>
        <translation>%1: der Eintragspfad &apos;%2&apos; ist kein einfacher relativer Pfad</translation>
    </message>
    <message>
        <source>%1: member %2 occurs twice</source>
        <translation>%1: Eintrag %2 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: member %2 is too large</source>
        <translation>%1: Eintrag %2 ist zu groß</translation>
    </message>
    <message>
        <source>%1: member %2 is truncated</source>
        <translation>%1: Eintrag %2 ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1: member %2 is longer than it says</source>
        <translation>%1: Eintrag %2 ist länger als angegeben</translation>
    </message>
    <message>
        <source>this build of Lethe has no %1: evidence bundles cannot be written</source>
        <translation>diese Lethe-Version wurde ohne %1 erstellt: Nachweispakete können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: this build of Lethe has no %2: evidence bundles cannot be read</source>
        <translation>%1: diese Lethe-Version wurde ohne %2 erstellt: Nachweispakete können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos;</source>
        <translation>%1: keine Spalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 fields, the header %4</source>
        <translation>%1: Zeile %2 hat %3 Felder, die Kopfzeile %4</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>%1 konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>%1: is UTF-16 text; save it as CSV in UTF-8</source>
        <translation>%1: ist UTF-16-Text; speichern Sie die Datei als CSV in UTF-8</translation>
    </message>
    <message>
        <source>%1: is not a text file (it holds NUL bytes)</source>
        <translation>%1: ist keine Textdatei (enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid CSV (a quote inside an unquoted cell, or text after a closing quote)</source>
        <translation>%1: Zeile %2 ist kein gültiges CSV (ein Anführungszeichen in einer Zelle ohne Anführungszeichen oder Text nach einem schließenden Anführungszeichen)</translation>
    </message>
    <message>
        <source>%1: the file ends inside a quoted cell that starts on line %2 (a quote is not closed)</source>
        <translation>%1: die Datei endet innerhalb einer in Anführungszeichen gesetzten Zelle, die in Zeile %2 beginnt (ein Anführungszeichen wird nicht geschlossen)</translation>
    </message>
    <message>
        <source>%1: the CSV table is empty (no header)</source>
        <translation>%1: die CSV-Tabelle ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>%1: this build of Lethe has no %2: CSV tables cannot be read</source>
        <translation>%1: diese Lethe-Version wurde ohne %2 erstellt: CSV-Tabellen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>nicht genügend Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten</translation>
    </message>
    <message>
        <source>%1: the key folder cannot be created (%2)</source>
        <translation>%1: der Schlüsselordner kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>%1: the signing key file is damaged (a field is missing or of the wrong type)</source>
        <translation>%1: die Signaturschlüsseldatei ist beschädigt (ein Feld fehlt oder hat den falschen Typ)</translation>
    </message>
    <message>
        <source>%1: not a Lethe signing key (not JSON)</source>
        <translation>%1: kein Lethe-Signaturschlüssel (kein JSON)</translation>
    </message>
    <message>
        <source>%1: not a Lethe signing key (format %2 expected)</source>
        <translation>%1: kein Lethe-Signaturschlüssel (Format %2 erwartet)</translation>
    </message>
    <message>
        <source>%1: the signing key is sealed with a passphrase; set %2 to use it</source>
        <translation>%1: der Signaturschlüssel ist mit einer Passphrase versiegelt; setzen Sie %2, um ihn zu verwenden</translation>
    </message>
    <message>
        <source>%1: the sealed signing key is damaged</source>
        <translation>%1: der versiegelte Signaturschlüssel ist beschädigt</translation>
    </message>
    <message>
        <source>%1: the passphrase in %2 does not open the signing key</source>
        <translation>%1: die Passphrase in %2 öffnet den Signaturschlüssel nicht</translation>
    </message>
    <message>
        <source>%1: the signing key has no secret part</source>
        <translation>%1: der Signaturschlüssel hat keinen geheimen Teil</translation>
    </message>
    <message>
        <source>%1: the signing key is damaged (its halves do not match)</source>
        <translation>%1: der Signaturschlüssel ist beschädigt (seine Hälften passen nicht zusammen)</translation>
    </message>
    <message>
        <source>%1: a hexadecimal value holds &apos;%2&apos;</source>
        <translation>%1: ein Hexadezimalwert enthält &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a hexadecimal value has an odd length</source>
        <translation>%1: ein Hexadezimalwert hat eine ungerade Länge</translation>
    </message>
    <message>
        <source>%1: the public key file is damaged (a field is missing or of the wrong type)</source>
        <translation>%1: die Datei des öffentlichen Schlüssels ist beschädigt (ein Feld fehlt oder hat den falschen Typ)</translation>
    </message>
    <message>
        <source>%1: not a Lethe public key (not JSON)</source>
        <translation>%1: kein öffentlicher Lethe-Schlüssel (kein JSON)</translation>
    </message>
    <message>
        <source>%1: not a Lethe public key (format %2 expected)</source>
        <translation>%1: kein öffentlicher Lethe-Schlüssel (Format %2 erwartet)</translation>
    </message>
    <message>
        <source>%1: the public key has %2 bytes, not 32</source>
        <translation>%1: der öffentliche Schlüssel hat %2 Bytes, nicht 32</translation>
    </message>
    <message>
        <source>%1: the fingerprint written in the file does not match its key</source>
        <translation>%1: der in der Datei angegebene Fingerabdruck passt nicht zu ihrem Schlüssel</translation>
    </message>
    <message>
        <source>no key folder: set %1, %2 or %3</source>
        <translation>kein Schlüsselordner: Setzen Sie %1, %2 oder %3</translation>
    </message>
    <message>
        <source>%1: the signing key cannot be stored (%2)</source>
        <translation>%1: der Signaturschlüssel kann nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>give --model or --job</source>
        <translation>geben Sie --model oder --job an</translation>
    </message>
    <message>
        <source>job %1 has no output model</source>
        <translation>Auftrag %1 hat kein Ausgabemodell</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1: no erasure request with id %2</source>
        <translation>%1: kein Löschersuchen mit der ID %2</translation>
    </message>
    <message>
        <source>the case needs a reference (e.g. DPO-2026-0002)</source>
        <translation>der Fall benötigt eine Fallreferenz (z. B. DPO-2026-0002)</translation>
    </message>
    <message>
        <source>the deadline rule needs at least one month to answer</source>
        <translation>die Fristregel muss mindestens einen Monat für die Antwort vorsehen</translation>
    </message>
    <message>
        <source>a case &apos;%1&apos; exists already</source>
        <translation>ein Fall &apos;%1&apos; ist bereits vorhanden</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be edited</source>
        <translation>Fall %1 ist beantwortet (%2): Er kann nicht mehr bearbeitet werden</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be edited</source>
        <translation>Fall %1 ist abgelehnt (Art. 12 Abs. 4) (%2): Er kann nicht mehr bearbeitet werden</translation>
    </message>
    <message>
        <source>the case needs a reference</source>
        <translation>der Fall benötigt eine Fallreferenz</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be extended</source>
        <translation>Fall %1 ist beantwortet (%2): Er kann nicht verlängert werden</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be extended</source>
        <translation>Fall %1 ist abgelehnt (Art. 12 Abs. 4) (%2): Er kann nicht verlängert werden</translation>
    </message>
    <message>
        <source>an extension needs the reason the subject is told (Art. 12(3))</source>
        <translation>eine Verlängerung erfordert die Begründung, die der betroffenen Person mitgeteilt wird (Art. 12 Abs. 3)</translation>
    </message>
    <message>
        <source>an extension is at least one month</source>
        <translation>eine Verlängerung beträgt mindestens einen Monat</translation>
    </message>
    <message>
        <source>case %1 is already extended by %2 month(s); Art. 12(3) allows %3 in all</source>
        <translation>Fall %1 ist bereits um %2 Monat(e) verlängert; Art. 12 Abs. 3 erlaubt insgesamt %3</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be refused</source>
        <translation>Fall %1 ist beantwortet (%2): Er kann nicht abgelehnt werden</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be refused</source>
        <translation>Fall %1 ist abgelehnt (Art. 12 Abs. 4) (%2): Er kann nicht erneut abgelehnt werden</translation>
    </message>
    <message>
        <source>a refusal needs its reason (Art. 12(4): the subject must be told why)</source>
        <translation>eine Ablehnung erfordert eine Begründung (Art. 12 Abs. 4: Der betroffenen Person müssen die Gründe mitgeteilt werden)</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be answered again</source>
        <translation>Fall %1 ist beantwortet (%2): Er kann nicht erneut beantwortet werden</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be answered again</source>
        <translation>Fall %1 ist abgelehnt (Art. 12 Abs. 4) (%2): Er kann nicht mehr beantwortet werden</translation>
    </message>
    <message>
        <source>closing a case needs a note: what was done and what the subject is told</source>
        <translation>der Abschluss eines Falls erfordert einen Vermerk: was getan wurde und was der betroffenen Person mitgeteilt wird</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): a closed case takes no further job</source>
        <translation>Fall %1 ist beantwortet (%2): Ein abgeschlossener Fall nimmt keine weiteren Aufträge an</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): a closed case takes no further job</source>
        <translation>Fall %1 ist abgelehnt (Art. 12 Abs. 4) (%2): Ein abgeschlossener Fall nimmt keine weiteren Aufträge an</translation>
    </message>
    <message>
        <source>case opened, deadline %1</source>
        <translation>Fall eröffnet, Frist %1</translation>
    </message>
    <message>
        <source>case edited</source>
        <translation>Fall bearbeitet</translation>
    </message>
    <message>
        <source>first job started: case in progress</source>
        <translation>erster Auftrag gestartet: Fall in Bearbeitung</translation>
    </message>
    <message>
        <source>deadline extended to %1: %2</source>
        <translation>Frist verlängert bis %1: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>answered (verdict %1): %2</source>
        <translation>beantwortet (Befund %1): %2</translation>
    </message>
    <message>
        <source>answered (verdict %1): %2 — override: %3</source>
        <translation>beantwortet (Befund %1): %2 — Übersteuerung: %3</translation>
    </message>
    <message>
        <source>job %1 started: %2 on model %3</source>
        <translation>Auftrag %1 gestartet: %2 auf Modell %3</translation>
    </message>
    <message>
        <source>job %1 finished</source>
        <translation>Auftrag %1 abgeschlossen</translation>
    </message>
    <message>
        <source>job %1: %2 record(s) forgotten from model %3, new model %4; %5 stored copies that saw the records deleted (checkpoints, model files, reference models)</source>
        <translation>Auftrag %1: %2 Datensatz/Datensätze aus Modell %3 vergessen, neues Modell %4; %5 gespeicherte Kopien, die die Datensätze gesehen haben, gelöscht (Checkpoints, Modelldateien, Referenzmodelle)</translation>
    </message>
    <message>
        <source>job %1: the reference models that saw the records are deleted by the case&apos;s next job, which still needs them for its audit</source>
        <translation>Auftrag %1: die Referenzmodelle, die die Datensätze gesehen haben, löscht der nächste Auftrag des Falls, der sie noch für seine Prüfung benötigt</translation>
    </message>
    <message>
        <source>job %1 failed</source>
        <translation>Auftrag %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>job %1 cancelled</source>
        <translation>Auftrag %1 abgebrochen</translation>
    </message>
    <message>
        <source>audit %1 of model %2 (%3)</source>
        <translation>Prüfung %1 von Modell %2 (%3)</translation>
    </message>
    <message>
        <source>report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>--canaries %1 x %2 records: at most half of the %3 training images</source>
        <translation>--canaries %1 x %2 Datensätze: höchstens die Hälfte der %3 Trainingsbilder</translation>
    </message>
    <message>
        <source>--canaries and --canary-records must be positive</source>
        <translation>--canaries und --canary-records müssen positiv sein</translation>
    </message>
    <message>
        <source>--canary-mark %1: invert, patch, near-copies or none</source>
        <translation>--canary-mark %1: erlaubt sind invert, patch, near-copies oder none</translation>
    </message>
    <message>
        <source>%1: missing; install Debian&apos;s dataset-fashion-mnist package</source>
        <translation>%1: fehlt; installieren Sie das Debian-Paket dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>--subset must be 0 (all) or at least 100</source>
        <translation>--subset muss 0 (alle) oder mindestens 100 sein</translation>
    </message>
    <message>
        <source>case %1 has no entry in the audit log</source>
        <translation>Fall %1 hat keinen Eintrag im Prüfprotokoll</translation>
    </message>
    <message>
        <source>--out is required: the bundle file to write</source>
        <translation>--out ist erforderlich: die zu schreibende Paketdatei</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be made (%3)</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden (%3)</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be made (a file of that name exists)</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden (es gibt bereits eine Datei dieses Namens)</translation>
    </message>
    <message>
        <source>%1: is a folder; name the bundle file to write</source>
        <translation>%1: ist ein Ordner; geben Sie die zu schreibende Paketdatei an</translation>
    </message>
    <message>
        <source>this build of Lethe has no libarchive or libcsv: evidence bundles cannot be written</source>
        <translation>diese Lethe-Version wurde ohne libarchive oder libcsv erstellt: Nachweispakete können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: not an evidence bundle (no %2)</source>
        <translation>%1: kein Nachweispaket (%2 fehlt)</translation>
    </message>
    <message>
        <source>%1: %2 is not a JSON object</source>
        <translation>%1: %2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: no signature beside it (%2)</source>
        <translation>%1: keine Signatur daneben (%2)</translation>
    </message>
    <message>
        <source>%1: not a Lethe signature file</source>
        <translation>%1: keine Lethe-Signaturdatei</translation>
    </message>
    <message>
        <source>%1: evidence.json is not of format %2</source>
        <translation>%1: evidence.json hat nicht das Format %2</translation>
    </message>
    <message>
        <source>--slurm-kind %1: give KIND:key=value,... with KIND one of reference_model, shard_retrain, audit_scoring</source>
        <translation>--slurm-kind %1: geben Sie KIND:key=value,... an, wobei KIND reference_model, shard_retrain oder audit_scoring ist</translation>
    </message>
    <message>
        <source>--slurm-kind %1: &apos;%2&apos; is not key=value</source>
        <translation>--slurm-kind %1: &apos;%2&apos; hat nicht die Form key=value</translation>
    </message>
    <message>
        <source>--slurm-kind %1: %2 must be a whole number, not &apos;%3&apos;</source>
        <translation>--slurm-kind %1: %2 muss eine ganze Zahl sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--slurm-kind %1: unknown key &apos;%2&apos; (keys: partition, account, time, mem, cpus, gpus)</source>
        <translation>--slurm-kind %1: unbekannter Schlüssel &apos;%2&apos; (Schlüssel: partition, account, time, mem, cpus, gpus)</translation>
    </message>
    <message>
        <source>sbatch refused the job array: %1</source>
        <translation>sbatch hat das Job-Array abgelehnt: %1</translation>
    </message>
    <message>
        <source>squeue does not answer (%1); Slurm job %2 may still be running: run the build again once Slurm answers, to reuse what finished</source>
        <translation>squeue antwortet nicht (%1); Slurm-Auftrag %2 läuft möglicherweise noch: Starten Sie die Erstellung erneut, sobald Slurm antwortet, um bereits Fertiggestelltes wiederzuverwenden</translation>
    </message>
    <message>
        <source>--executor must be local or slurm, not &apos;%1&apos;</source>
        <translation>--executor muss local oder slurm sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--slurm-retries must be in 0..10</source>
        <translation>--slurm-retries muss im Bereich 0..10 liegen</translation>
    </message>
    <message>
        <source>--executor slurm: no lethe program beside %1 for the tasks to run; set &quot;lethe&quot; in the project&apos;s Slurm settings</source>
        <translation>--executor slurm: neben %1 liegt kein lethe-Programm, das die Aufgaben ausführen könnte; setzen Sie &quot;lethe&quot; in den Slurm-Einstellungen des Projekts</translation>
    </message>
    <message>
        <source>--executor slurm: sbatch is not on this machine&apos;s PATH (install Slurm&apos;s client, or use --executor local)</source>
        <translation>--executor slurm: sbatch ist nicht im PATH dieses Rechners (installieren Sie den Slurm-Client oder verwenden Sie --executor local)</translation>
    </message>
    <message>
        <source>%1: no such work unit</source>
        <translation>%1: Arbeitseinheit nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: not a Lethe work unit (JSON with kind and project)</source>
        <translation>%1: keine Lethe-Arbeitseinheit (JSON mit kind und project)</translation>
    </message>
    <message>
        <source>%1: not in its own staging folder (%2/unit.json of %3); refused</source>
        <translation>%1: nicht in ihrem eigenen Bereitstellungsordner (%2/unit.json von %3); abgelehnt</translation>
    </message>
    <message>
        <source>%1: cannot open the unit&apos;s lock (%2)</source>
        <translation>%1: die Sperrdatei der Arbeitseinheit kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the unit (%2)</source>
        <translation>%1: die Arbeitseinheit kann nicht gesperrt werden (%2)</translation>
    </message>
    <message>
        <source>%1: unknown work-unit kind %2</source>
        <translation>%1: unbekannte Art von Arbeitseinheit %2</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; is not in the project</source>
        <translation>%1:%2: Datensatz &apos;%3&apos; ist nicht im Projekt enthalten</translation>
    </message>
    <message>
        <source>the query &apos;%1&apos; matches no record of the project</source>
        <translation>die Abfrage &apos;%1&apos; trifft auf keinen Datensatz des Projekts zu</translation>
    </message>
    <message>
        <source>the project has no live model to forget from; train one first</source>
        <translation>das Projekt hat kein aktives Modell, aus dem vergessen werden könnte; trainieren Sie zuerst eines</translation>
    </message>
    <message>
        <source>%1: update log changed since it was recorded (SHA-256 does not match the lineage)</source>
        <translation>%1: das Aktualisierungsprotokoll hat sich seit seiner Erfassung geändert (SHA-256 stimmt nicht mit der Datenherkunft überein)</translation>
    </message>
    <message>
        <source>%1: cannot delete during purge: %2</source>
        <translation>%1: kann beim Löschen nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1: file changed since it was recorded (SHA-256 does not match the lineage database)</source>
        <translation>%1: die Datei hat sich seit ihrer Erfassung geändert (SHA-256 stimmt nicht mit der Herkunftsdatenbank überein)</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (available: %2)</source>
        <translation>unbekannte Methode &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <source>nothing selected: give --subject, --records or --query</source>
        <translation>nichts ausgewählt: Geben Sie --subject, --records oder --query an</translation>
    </message>
    <message>
        <source>model %1 is one shard of ensemble %2; forget from the ensemble</source>
        <translation>Modell %1 ist ein Shard von Ensemble %2; wenden Sie das Vergessen auf das Ensemble an</translation>
    </message>
    <message>
        <source>model %1 was purged; forget from a live model</source>
        <translation>Modell %1 wurde gelöscht; wenden Sie das Vergessen auf ein aktives Modell an</translation>
    </message>
    <message>
        <source>model %1 has no training run in the lineage</source>
        <translation>Modell %1 hat keinen Trainingslauf in der Datenherkunft</translation>
    </message>
    <message>
        <source>method sisa needs a SISA ensemble; model %1 is %2</source>
        <translation>Methode sisa erfordert ein SISA-Ensemble; Modell %1 ist %2</translation>
    </message>
    <message>
        <source>model %1 was not trained on any of the %2 selected records; choose a model that holds them</source>
        <translation>Modell %1 wurde auf keinem der %2 ausgewählten Datensätze trainiert; wählen Sie ein Modell, das sie enthält</translation>
    </message>
    <message>
        <source>the selection covers every training record of model %1; nothing would remain to train on</source>
        <translation>die Auswahl umfasst alle Trainingsdatensätze von Modell %1; es bliebe nichts zum Trainieren übrig</translation>
    </message>
    <message>
        <source>method %1 has no implementation</source>
        <translation>Methode %1 ist nicht implementiert</translation>
    </message>
    <message>
        <source>model %1: the model of shard %2 is missing or purged</source>
        <translation>Modell %1: das Modell von Shard %2 fehlt oder wurde gelöscht</translation>
    </message>
    <message>
        <source>checkpoint of shard %1, stage %2 of run %3 is missing or purged</source>
        <translation>der Checkpoint von Shard %1, Stufe %2 aus Lauf %3 fehlt oder wurde gelöscht</translation>
    </message>
    <message>
        <source>method %1 needs the update log of model %2&apos;s training run, which was trained without record_updates; retrain with it or choose another method</source>
        <translation>Methode %1 benötigt das Aktualisierungsprotokoll des Trainingslaufs von Modell %2, das ohne record_updates trainiert wurde; trainieren Sie es mit record_updates neu oder wählen Sie eine andere Methode</translation>
    </message>
    <message>
        <source>model %1 has no training run</source>
        <translation>Modell %1 hat keinen Trainingslauf</translation>
    </message>
    <message>
        <source>--references must be 0 or at least 2</source>
        <translation>--references muss 0 oder mindestens 2 sein</translation>
    </message>
    <message>
        <source>--method: the exact job is &apos;sisa&apos; or &apos;retrain&apos;, not &apos;%1&apos;</source>
        <translation>--method: der exakte Auftrag ist &apos;sisa&apos; oder &apos;retrain&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--approximate: &apos;%1&apos; is not an approximate method (lethe methods)</source>
        <translation>--approximate: &apos;%1&apos; ist keine approximative Methode (lethe methods)</translation>
    </message>
    <message>
        <source>%1: no open erasure request to investigate</source>
        <translation>%1: kein offenes Löschersuchen zu untersuchen</translation>
    </message>
    <message>
        <source>case %1 names no data subject: set its subject first</source>
        <translation>Fall %1 nennt keine betroffene Person: Legen Sie zuerst die betroffene Person fest</translation>
    </message>
    <message>
        <source>training produced no final checkpoint</source>
        <translation>das Training hat keinen finalen Checkpoint erzeugt</translation>
    </message>
    <message>
        <source>shard %1 has no final checkpoint</source>
        <translation>Shard %1 hat keinen finalen Checkpoint</translation>
    </message>
    <message>
        <source>job %1 is not a forget job</source>
        <translation>Auftrag %1 ist kein Vergessensauftrag</translation>
    </message>
    <message>
        <source>job %1 is %2: only a finished job can be audited again</source>
        <translation>Auftrag %1 hat den Status %2: Nur ein abgeschlossener Auftrag kann erneut geprüft werden</translation>
    </message>
    <message>
        <source>model %1 of job %2 was purged by a later job: audit that job&apos;s model instead</source>
        <translation>Modell %1 von Auftrag %2 wurde durch einen späteren Auftrag gelöscht: Prüfen Sie stattdessen das Modell jenes Auftrags</translation>
    </message>
    <message>
        <source>the audit found no usable reference pool</source>
        <translation>die Prüfung hat keinen verwendbaren Referenzpool gefunden</translation>
    </message>
    <message>
        <source>%1: cannot remove it to redact the record: %2</source>
        <translation>%1: kann zum Schwärzen des Datensatzes nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>case %1 names no subject: there are no records to redact</source>
        <translation>Fall %1 nennt keine betroffene Person: Es gibt keine Datensätze zu schwärzen</translation>
    </message>
    <message>
        <source>model %1 (%2) is still trained on %3 of %4&apos;s records: forget them from it first; nothing was redacted</source>
        <translation>Modell %1 (%2) ist noch auf %3 Datensätzen von %4 trainiert: Lassen Sie das Modell diese zuerst vergessen; es wurde nichts geschwärzt</translation>
    </message>
    <message>
        <source>%1: changed since it was recorded (SHA-256 does not match the lineage database); nothing was redacted: lethe verify says more</source>
        <translation>%1: seit der Erfassung geändert (SHA-256 stimmt nicht mit der Herkunftsdatenbank überein); es wurde nichts geschwärzt: lethe verify liefert Einzelheiten</translation>
    </message>
    <message>
        <source>case %1 is open: its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>Fall %1 ist offen: Die Datensätze seiner betroffenen Person werden geschwärzt, sobald der Fall beantwortet ist (lethe requests close)</translation>
    </message>
    <message>
        <source>case %1 is in progress: its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>Fall %1 ist in Bearbeitung: Die Datensätze seiner betroffenen Person werden geschwärzt, sobald der Fall beantwortet ist (lethe requests close)</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)): its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>Fall %1 ist abgelehnt (Art. 12 Abs. 4): Die Datensätze seiner betroffenen Person werden geschwärzt, sobald der Fall beantwortet ist (lethe requests close)</translation>
    </message>
    <message>
        <source>case %1 is extended (Art. 12(3)): its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>Fall %1 ist verlängert (Art. 12 Abs. 3): Die Datensätze seiner betroffenen Person werden geschwärzt, sobald der Fall beantwortet ist (lethe requests close)</translation>
    </message>
    <message>
        <source>%1: --arch torchscript trains the architecture of an imported TorchScript model, and this project has none (lethe import --model FILE.pt)</source>
        <translation>%1: --arch torchscript trainiert die Architektur eines importierten TorchScript-Modells, und dieses Projekt hat keines (lethe import --model FILE.pt)</translation>
    </message>
    <message>
        <source>%1: no training records to train on</source>
        <translation>%1: keine Trainingsdatensätze zum Trainieren</translation>
    </message>
    <message>
        <source>fewer training records than shards x slices</source>
        <translation>weniger Trainingsdatensätze als Shards x Slices</translation>
    </message>
    <message>
        <source>%1: cannot create the project folder: %2</source>
        <translation>%1: der Projektordner kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: already holds a Lethe project</source>
        <translation>%1: enthält bereits ein Lethe-Projekt</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: not a Lethe project (no %2)</source>
        <translation>%1: kein Lethe-Projekt (%2 fehlt)</translation>
    </message>
    <message>
        <source>empty path in the lineage database</source>
        <translation>leerer Pfad in der Herkunftsdatenbank</translation>
    </message>
    <message>
        <source>%1: an absolute path; project paths are relative to %2</source>
        <translation>%1: ein absoluter Pfad; Projektpfade sind relativ zu %2</translation>
    </message>
    <message>
        <source>%1: leads out of the project folder %2 through a link; refused</source>
        <translation>%1: führt über einen Link aus dem Projektordner %2 hinaus; abgelehnt</translation>
    </message>
    <message>
        <source>%1: not inside the project %2</source>
        <translation>%1: nicht innerhalb des Projekts %2</translation>
    </message>
    <message>
        <source>no group &apos;%1&apos; on this machine</source>
        <translation>keine Gruppe &apos;%1&apos; auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1: cannot give it to group &apos;%2&apos; (%3)</source>
        <translation>%1: kann nicht der Gruppe &apos;%2&apos; zugewiesen werden (%3)</translation>
    </message>
    <message>
        <source>%1: cannot set its permissions (%2)</source>
        <translation>%1: die Berechtigungen können nicht gesetzt werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the job</source>
        <translation>%1: der Auftrag kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>the process running this job stopped before it finished</source>
        <translation>der Prozess, der diesen Auftrag ausführte, wurde vor dessen Abschluss beendet</translation>
    </message>
    <message>
        <source>amnesiac needs the update log of the training run (train with record_updates); this model has none</source>
        <translation>amnesiac benötigt das Aktualisierungsprotokoll des Trainingslaufs (mit record_updates trainieren); dieses Modell hat keines</translation>
    </message>
    <message>
        <source>update log does not match the model (parameter count)</source>
        <translation>das Aktualisierungsprotokoll passt nicht zum Modell (Anzahl der Parameter)</translation>
    </message>
    <message>
        <source>certified removal needs a model whose last layer is Linear (logreg, a linear head, or a TorchScript nn.Sequential ending in nn.Linear)</source>
        <translation>die zertifizierte Entfernung erfordert ein Modell, dessen letzte Schicht Linear ist (logreg, ein linearer Kopf oder ein TorchScript-nn.Sequential, das auf nn.Linear endet)</translation>
    </message>
    <message>
        <source>certified removal needs an L2-regularised objective: the run&apos;s weight decay is 0; give --param lambda=...</source>
        <translation>die zertifizierte Entfernung erfordert eine L2-regularisierte Zielfunktion: Die Gewichtsabnahme des Laufs ist 0; geben Sie --param lambda=... an</translation>
    </message>
    <message>
        <source>method parameter &apos;%1&apos; is missing</source>
        <translation>Methodenparameter &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>method %1 has no parameter &apos;%2&apos; (parameters: none)</source>
        <translation>Methode %1 hat keinen Parameter &apos;%2&apos; (Parameter: keine)</translation>
    </message>
    <message>
        <source>method %1 has no parameter &apos;%2&apos; (parameters: %3)</source>
        <translation>Methode %1 hat keinen Parameter &apos;%2&apos; (Parameter: %3)</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes true or false, not &apos;%3&apos;</source>
        <translation>Parameter %1 von %2 erwartet true oder false, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes an integer, not &apos;%3&apos;</source>
        <translation>Parameter %1 von %2 erwartet eine ganze Zahl, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes a number, not &apos;%3&apos;</source>
        <translation>Parameter %1 von %2 erwartet eine Zahl, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>attack scores: the header lacks %1 or %2</source>
        <translation>Angriffswerte: der Kopfzeile fehlt %1 oder %2</translation>
    </message>
    <message>
        <source>attack scores, line %1: bad record id</source>
        <translation>Angriffswerte, Zeile %1: ungültige Datensatz-ID</translation>
    </message>
    <message>
        <source>audit %1 attack scores: the stored scores do not match their SHA-256</source>
        <translation>Angriffswerte von Prüfung %1: die gespeicherten Werte stimmen nicht mit ihrem SHA-256 überein</translation>
    </message>
    <message>
        <source>there is no case with id %1</source>
        <translation>es gibt keinen Fall mit der ID %1</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>no live model holds any of the %1 selected records any more: they are forgotten from every model (live models: %2); nothing is left to erase</source>
        <translation>kein aktives Modell enthält noch einen der %1 ausgewählten Datensätze: Alle Modelle haben sie bereits vergessen (aktive Modelle: %2); es ist nichts mehr zu löschen</translation>
    </message>
    <message>
        <source>no live model that is a SISA ensemble holds any of the %1 selected records (records held per live model: %2); choose another model or method</source>
        <translation>kein aktives SISA-Ensemble enthält einen der %1 ausgewählten Datensätze (enthaltene Datensätze je aktivem Modell: %2); wählen Sie ein anderes Modell oder eine andere Methode</translation>
    </message>
    <message>
        <source>no live model holds any of the %1 selected records (records held per live model: %2); choose another model or method</source>
        <translation>kein aktives Modell enthält einen der %1 ausgewählten Datensätze (enthaltene Datensätze je aktivem Modell: %2); wählen Sie ein anderes Modell oder eine andere Methode</translation>
    </message>
    <message>
        <source>%1:%2: record_id is empty</source>
        <translation>%1:%2: record_id ist leer</translation>
    </message>
    <message>
        <source>%1:%2: record_id is longer than 200 characters</source>
        <translation>%1:%2: record_id ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>%1:%2: record_id holds a control character (a line break or a tab)</source>
        <translation>%1:%2: record_id enthält ein Steuerzeichen (einen Zeilenumbruch oder einen Tabulator)</translation>
    </message>
    <message>
        <source>%1: manifest has no &apos;%2&apos; column (its header reads as one column &apos;%3&apos;: is the delimiter another one?)</source>
        <translation>%1: das Manifest hat keine Spalte &apos;%2&apos; (seine Kopfzeile wird als eine einzige Spalte &apos;%3&apos; gelesen: Wird ein anderes Trennzeichen verwendet?)</translation>
    </message>
    <message>
        <source>%1: manifest has no &apos;%2&apos; column</source>
        <translation>%1: das Manifest hat keine Spalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a non-negative integer: &apos;%4&apos;</source>
        <translation>%1:%2: &apos;%3&apos; ist keine nichtnegative ganze Zahl: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1:%2: split must be train, test or population, not &apos;%3&apos;</source>
        <translation>%1:%2: die Aufteilung muss train, test oder population sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1:%2: label must be an integer in 0..255</source>
        <translation>%1:%2: die Klasse muss eine ganze Zahl im Bereich 0..255 sein</translation>
    </message>
    <message>
        <source>%1: manifest has no rows</source>
        <translation>%1: das Manifest enthält keine Zeilen</translation>
    </message>
    <message>
        <source>%1:%2: row %3 is outside %4 (%5 records)</source>
        <translation>%1:%2: Zeile %3 liegt außerhalb von %4 (%5 Datensätze)</translation>
    </message>
    <message>
        <source>%1:%2: label %3 differs from the data file&apos;s label %4</source>
        <translation>%1:%2: Klasse %3 weicht von der Klasse %4 in der Datendatei ab</translation>
    </message>
    <message>
        <source>%1:%2: duplicate record_id &apos;%3&apos;</source>
        <translation>%1:%2: doppelte record_id &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1:%2: row %3 listed twice</source>
        <translation>%1:%2: Zeile %3 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>%1: %2 record_id(s) already exist in the project (first: &apos;%3&apos;)</source>
        <translation>%1: %2 record_id-Wert(e) bereits im Projekt vorhanden (erster: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: a file of that name exists</source>
        <translation>%1: es gibt bereits eine Datei dieses Namens</translation>
    </message>
    <message>
        <source>--format must be idx, csv or folder</source>
        <translation>--format muss idx, csv oder folder sein</translation>
    </message>
    <message>
        <source>IDX import needs --labels (the IDX labels file)</source>
        <translation>der IDX-Import benötigt --labels (die IDX-Datei mit den Klassenangaben)</translation>
    </message>
    <message>
        <source>%1: not a folder of images</source>
        <translation>%1: kein Ordner mit Bildern</translation>
    </message>
    <message>
        <source>--recipe is the training recipe of an imported model: give --model with it</source>
        <translation>--recipe ist das Trainingsrezept eines importierten Modells: Geben Sie dazu --model an</translation>
    </message>
    <message>
        <source>%1:%2: file &apos;%3&apos; listed twice</source>
        <translation>%1:%2: Datei &apos;%3&apos; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>%1: not JSON (at byte %2)</source>
        <translation>%1: kein JSON (bei Byte %2)</translation>
    </message>
    <message>
        <source>%1: the key &apos;%2&apos; is given twice</source>
        <translation>%1: der Schlüssel &apos;%2&apos; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>%1: record shape differs from the project&apos;s first dataset</source>
        <translation>%1: die Form der Datensätze weicht vom ersten Datenbestand des Projekts ab</translation>
    </message>
    <message>
        <source>%1: no &apos;train&apos; records: the model&apos;s training set is unknown</source>
        <translation>%1: keine Datensätze der Aufteilung &apos;train&apos;: Die Trainingsmenge des Modells ist unbekannt</translation>
    </message>
    <message>
        <source>%1: a data file of that name exists</source>
        <translation>%1: es gibt bereits eine Datendatei dieses Namens</translation>
    </message>
    <message>
        <source>%1:%2: %3 must be an integer in %4..%5, not &apos;%6&apos;</source>
        <translation>%1:%2: %3 muss eine ganze Zahl im Bereich %4..%5 sein, nicht &apos;%6&apos;</translation>
    </message>
    <message>
        <source>%1: dataset has no &apos;%2&apos;</source>
        <translation>%1: dem Datenbestand fehlt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: a run has no &apos;%2&apos;</source>
        <translation>%1: einem Lauf fehlt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no &apos;%3&apos;</source>
        <translation>%1: dem Lauf &apos;%2&apos; fehlt &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: dataset: &apos;%2&apos; must be a non-empty string</source>
        <translation>%1: Datenbestand: &apos;%2&apos; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: a run: &apos;%2&apos; must be a non-empty string</source>
        <translation>%1: ein Lauf: &apos;%2&apos; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;%3&apos; must be a non-empty string</source>
        <translation>%1: Lauf &apos;%2&apos;: &apos;%3&apos; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;%3&apos; must be an integer in %4..%5</source>
        <translation>%1: Lauf &apos;%2&apos;: &apos;%3&apos; muss eine ganze Zahl im Bereich %4..%5 sein</translation>
    </message>
    <message>
        <source>%1: missing; a lineage folder has a lineage.json</source>
        <translation>%1: fehlt; ein Herkunftsordner enthält eine lineage.json</translation>
    </message>
    <message>
        <source>%1: not a Lethe lineage folder (&quot;format&quot; is not &quot;lethe-lineage&quot;)</source>
        <translation>%1: kein Lethe-Herkunftsordner (&quot;format&quot; ist nicht &quot;lethe-lineage&quot;)</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; is missing or not an integer</source>
        <translation>%1: &quot;version&quot; fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: format version %2; this Lethe reads version %3</source>
        <translation>%1: Formatversion %2; diese Lethe-Version liest Version %3</translation>
    </message>
    <message>
        <source>%1: &quot;runs&quot; must be a non-empty list</source>
        <translation>%1: &quot;runs&quot; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>%1: update logs (amnesiac) are not in format version 1; leave them out</source>
        <translation>%1: Aktualisierungsprotokolle (amnesiac) sind in Formatversion 1 nicht vorgesehen; lassen Sie sie weg</translation>
    </message>
    <message>
        <source>%1: each run is a JSON object</source>
        <translation>%1: jeder Lauf muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: a run&apos;s name is at most 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (it names a folder)</source>
        <translation>%1: Lauf &apos;%2&apos;: der Name eines Laufs besteht aus höchstens 64 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; (er benennt einen Ordner)</translation>
    </message>
    <message>
        <source>%1: two runs are named &apos;%2&apos;</source>
        <translation>%1: zwei Läufe heißen &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;lethe_config&apos; is not a Lethe training config</source>
        <translation>%1: Lauf &apos;%2&apos;: &apos;lethe_config&apos; ist keine Lethe-Trainingskonfiguration</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;hidden&apos; must be in 1..1048576</source>
        <translation>%1: Lauf &apos;%2&apos;: &apos;hidden&apos; muss im Bereich 1..1048576 liegen</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;%3&apos; differs from its &apos;lethe_config&apos;</source>
        <translation>%1: Lauf &apos;%2&apos;: &apos;%3&apos; weicht von seiner &apos;lethe_config&apos; ab</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no &apos;recipe&apos; (optimizer, lr, epochs, batch_size, ...)</source>
        <translation>%1: Lauf &apos;%2&apos; hat kein &apos;recipe&apos; (optimizer, lr, epochs, batch_size, ...)</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;seed&apos; must be a whole number from 0</source>
        <translation>%1: Lauf &apos;%2&apos;: &apos;seed&apos; muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: %3</source>
        <translation>%1: Lauf &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: missing (%2: run &apos;%3&apos;)</source>
        <translation>%1: fehlt (%2: Lauf &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, the lineage says %3 (%4: run &apos;%5&apos;)</source>
        <translation>%1: SHA-256 ist %2, laut Datenherkunft %3 (%4: Lauf &apos;%5&apos;)</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: unknown arch &apos;%3&apos; (logreg, mlp, cnn or torchscript)</source>
        <translation>%1: Lauf &apos;%2&apos;: unbekannte Architektur &apos;%3&apos; (logreg, mlp, cnn oder torchscript)</translation>
    </message>
    <message>
        <source>%1: missing; lineage.json names a dataset, so records.csv lists its records</source>
        <translation>%1: fehlt; lineage.json nennt einen Datenbestand, daher muss records.csv dessen Datensätze auflisten</translation>
    </message>
    <message>
        <source>%1: missing; a lineage folder lists its runs&apos; placements</source>
        <translation>%1: fehlt; ein Herkunftsordner listet die Zuordnungen seiner Läufe auf</translation>
    </message>
    <message>
        <source>%1:%2: unknown run &apos;%3&apos; (lineage.json has no such run)</source>
        <translation>%1:%2: unbekannter Lauf &apos;%3&apos; (lineage.json enthält keinen solchen Lauf)</translation>
    </message>
    <message>
        <source>%1:%2: placement of unknown record &apos;%3&apos; (records.csv has no such record_id)</source>
        <translation>%1:%2: Zuordnung eines unbekannten Datensatzes &apos;%3&apos; (records.csv enthält keine solche record_id)</translation>
    </message>
    <message>
        <source>%1:%2: placement of unknown record &apos;%3&apos; (the project has no such record_id)</source>
        <translation>%1:%2: Zuordnung eines unbekannten Datensatzes &apos;%3&apos; (das Projekt enthält keine solche record_id)</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; is a &apos;%4&apos; record: only training records are placed</source>
        <translation>%1:%2: Datensatz &apos;%3&apos; ist ein &apos;%4&apos;-Datensatz: Nur Trainingsdatensätze werden zugeordnet</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; sits in two shards of run &apos;%4&apos; (shard %5 on line %6, shard %7 here): a record trains one shard only</source>
        <translation>%1:%2: Datensatz &apos;%3&apos; liegt in zwei Shards von Lauf &apos;%4&apos; (Shard %5 in Zeile %6, Shard %7 hier): Ein Datensatz fließt nur in das Training eines einzigen Shards ein</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; is placed twice in run &apos;%4&apos; (first on line %5)</source>
        <translation>%1:%2: Datensatz &apos;%3&apos; ist in Lauf &apos;%4&apos; zweimal zugeordnet (zuerst in Zeile %5)</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no placements</source>
        <translation>%1: Lauf &apos;%2&apos; hat keine Zuordnungen</translation>
    </message>
    <message>
        <source>%1:%2: stage %3 of shard %4 of run &apos;%5&apos; claims record &apos;%6&apos;, which the run does not place</source>
        <translation>%1:%2: Stufe %3 von Shard %4 aus Lauf &apos;%5&apos; führt Datensatz &apos;%6&apos; auf, den der Lauf keinem Shard zuordnet</translation>
    </message>
    <message>
        <source>%1:%2: stage %3 of shard %4 of run &apos;%5&apos; claims record &apos;%6&apos; of shard %7</source>
        <translation>%1:%2: Stufe %3 von Shard %4 aus Lauf &apos;%5&apos; führt Datensatz &apos;%6&apos; von Shard %7 auf</translation>
    </message>
    <message>
        <source>%1:%2: stage %3 of shard %4 of run &apos;%5&apos; claims record &apos;%6&apos; from slice %7, a later slice (a stage sees slices 0..%3)</source>
        <translation>%1:%2: Stufe %3 von Shard %4 aus Lauf &apos;%5&apos; führt Datensatz &apos;%6&apos; aus Slice %7 auf, einem späteren Slice (eine Stufe sieht die Slices 0..%3)</translation>
    </message>
    <message>
        <source>%1: stage %2 of shard %3 of run &apos;%4&apos; did not see record &apos;%5&apos; of slice %6, which it should have (slices 0..%2)</source>
        <translation>%1: Stufe %2 von Shard %3 aus Lauf &apos;%4&apos; hat Datensatz &apos;%5&apos; aus Slice %6 nicht gesehen, obwohl sie ihn hätte sehen müssen (Slices 0..%2)</translation>
    </message>
    <message>
        <source>%1: missing; a lineage folder lists its runs&apos; checkpoints</source>
        <translation>%1: fehlt; ein Herkunftsordner listet die Checkpoints seiner Läufe auf</translation>
    </message>
    <message>
        <source>%1:%2: a second checkpoint of shard %3, stage %4 (first on line %5)</source>
        <translation>%1:%2: ein zweiter Checkpoint von Shard %3, Stufe %4 (der erste in Zeile %5)</translation>
    </message>
    <message>
        <source>%1:%2: checkpoint file %3 is missing</source>
        <translation>%1:%2: Checkpoint-Datei %3 fehlt</translation>
    </message>
    <message>
        <source>%1:%2: checkpoint file %3 has SHA-256 %4, the lineage says %5 (changed or replaced)</source>
        <translation>%1:%2: Checkpoint-Datei %3 hat SHA-256 %4, laut Datenherkunft %5 (geändert oder ersetzt)</translation>
    </message>
    <message>
        <source>%1:%2: records_sha256 of shard %3, stage %4 does not match the records placements.csv puts in slices 0..%4 of that shard: the checkpoint saw other records</source>
        <translation>%1:%2: records_sha256 von Shard %3, Stufe %4 stimmt nicht mit den Datensätzen überein, die placements.csv den Slices 0..%4 dieses Shards zuordnet: Der Checkpoint hat andere Datensätze gesehen</translation>
    </message>
    <message>
        <source>%1:%2: n_records is %3; slices 0..%4 of shard %5 hold %6</source>
        <translation>%1:%2: n_records ist %3; die Slices 0..%4 von Shard %5 enthalten %6</translation>
    </message>
    <message>
        <source>%1:%2: run &apos;%3&apos;, shard %4, stage %5 has no row in checkpoints.csv</source>
        <translation>%1:%2: Lauf &apos;%3&apos;, Shard %4, Stufe %5 hat keine Zeile in checkpoints.csv</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no checkpoint of shard %3, stage %4 (its last): that shard&apos;s model is unknown</source>
        <translation>%1: Lauf &apos;%2&apos; hat keinen Checkpoint von Shard %3, Stufe %4 (seiner letzten): Das Modell dieses Shards ist unbekannt</translation>
    </message>
    <message>
        <source>%1: not the run&apos;s architecture (%2): its parameters or their shapes differ (%3: run &apos;%4&apos;)</source>
        <translation>%1: nicht die Architektur des Laufs (%2): Die Parameter oder ihre Formen weichen ab (%3: Lauf &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: gives %2 logits per record, other checkpoints of run &apos;%3&apos; %4</source>
        <translation>%1: liefert %2 Logits je Datensatz, andere Checkpoints von Lauf &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>%1: exists; this lineage folder was imported already</source>
        <translation>%1: ist bereits vorhanden; dieser Herkunftsordner wurde schon importiert</translation>
    </message>
    <message>
        <source>%1: changed while it was copied</source>
        <translation>%1: wurde während des Kopierens geändert</translation>
    </message>
    <message>
        <source>%1: not a folder (a lineage folder holds lineage.json and its tables)</source>
        <translation>%1: kein Ordner (ein Herkunftsordner enthält lineage.json und die zugehörigen Tabellen)</translation>
    </message>
    <message>
        <source>%1: dataset must be a JSON object</source>
        <translation>%1: der Datenbestand muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: missing (%2: dataset)</source>
        <translation>%1: fehlt (%2: Datenbestand)</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, the lineage says %3</source>
        <translation>%1: SHA-256 ist %2, laut Datenherkunft %3</translation>
    </message>
    <message>
        <source>%1: SHA-256 does not match the lineage&apos;s</source>
        <translation>%1: SHA-256 stimmt nicht mit dem Wert der Datenherkunft überein</translation>
    </message>
    <message>
        <source>%1: no &quot;dataset&quot;, and the project has no records for the runs to place</source>
        <translation>%1: kein &quot;dataset&quot;, und das Projekt enthält keine Datensätze, die die Läufe zuordnen könnten</translation>
    </message>
    <message>
        <source>%1: exists and is not an empty folder; export writes a new lineage folder</source>
        <translation>%1: ist vorhanden und kein leerer Ordner; der Export schreibt einen neuen Herkunftsordner</translation>
    </message>
    <message>
        <source>%1: holds %2 datasets; format version 1 carries exactly one</source>
        <translation>%1: enthält %2 Datenbestände; Formatversion 1 nimmt genau einen auf</translation>
    </message>
    <message>
        <source>%1: record &apos;%2&apos; was redacted; a lineage folder cannot carry it</source>
        <translation>%1: Datensatz &apos;%2&apos; wurde geschwärzt; ein Herkunftsordner kann ihn nicht aufnehmen</translation>
    </message>
    <message>
        <source>%1: no trained model whose every shard is still live (a forget job purges the shards it retrains): nothing to export</source>
        <translation>%1: kein trainiertes Modell, dessen Shards alle noch aktiv sind (ein Vergessensauftrag löscht die Shards, die er neu trainiert): nichts zu exportieren</translation>
    </message>
    <message>
        <source>%1: no reference pool with id %2</source>
        <translation>%1: kein Referenzpool mit der ID %2</translation>
    </message>
    <message>
        <source>no erasure request with id %1</source>
        <translation>kein Löschersuchen mit der ID %1</translation>
    </message>
    <message>
        <source>%1: a lineage database already exists here</source>
        <translation>%1: hier ist bereits eine Herkunftsdatenbank vorhanden</translation>
    </message>
    <message>
        <source>%1: no lineage database here</source>
        <translation>%1: hier ist keine Herkunftsdatenbank vorhanden</translation>
    </message>
    <message>
        <source>%1: lineage database has schema version %2, newer than this Lethe understands (%3); open it with a newer Lethe</source>
        <translation>%1: die Herkunftsdatenbank hat Schemaversion %2, die neuer ist, als diese Lethe-Version versteht (%3); öffnen Sie sie mit einer neueren Lethe-Version</translation>
    </message>
    <message>
        <source>%1: not a Lethe lineage database (no schema version)</source>
        <translation>%1: keine Lethe-Herkunftsdatenbank (keine Schemaversion)</translation>
    </message>
    <message>
        <source>%1: migrating the lineage database to schema version %2 breaks a reference in table %3; the database was left as it was</source>
        <translation>%1: die Migration der Herkunftsdatenbank auf Schemaversion %2 verletzt eine Referenz in Tabelle %3; die Datenbank wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>no dataset with id %1</source>
        <translation>kein Datenbestand mit der ID %1</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1&apos;</source>
        <translation>unbekannte betroffene Person &apos;%1&apos;</translation>
    </message>
    <message>
        <source>query: unterminated string in &apos;%1&apos;</source>
        <translation>Abfrage: nicht abgeschlossene Zeichenkette in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>query: expected &apos;field op value&apos; in &apos;%1&apos;</source>
        <translation>Abfrage: in &apos;%1&apos; wird &apos;Feld Operator Wert&apos; erwartet</translation>
    </message>
    <message>
        <source>query: unknown field &apos;%1&apos; (fields: id, key, label, split, source, subject, collected_at, dataset, row)</source>
        <translation>Abfrage: unbekanntes Feld &apos;%1&apos; (Felder: id, key, label, split, source, subject, collected_at, dataset, row)</translation>
    </message>
    <message>
        <source>query: unknown operator &apos;%1&apos;</source>
        <translation>Abfrage: unbekannter Operator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>query: expected &apos;and&apos; after a condition, got &apos;%1&apos;</source>
        <translation>Abfrage: nach einer Bedingung wird &apos;and&apos; erwartet, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>query: dangling &apos;and&apos; in &apos;%1&apos;</source>
        <translation>Abfrage: &apos;and&apos; ohne folgende Bedingung in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>query: empty expression</source>
        <translation>Abfrage: leerer Ausdruck</translation>
    </message>
    <message>
        <source>no training run with id %1</source>
        <translation>kein Trainingslauf mit der ID %1</translation>
    </message>
    <message>
        <source>no model with id %1</source>
        <translation>kein Modell mit der ID %1</translation>
    </message>
    <message>
        <source>no job with id %1</source>
        <translation>kein Auftrag mit der ID %1</translation>
    </message>
    <message>
        <source>no audit with id %1</source>
        <translation>keine Prüfung mit der ID %1</translation>
    </message>
    <message>
        <source>%1: cannot open the lineage database: out of memory</source>
        <translation>%1: die Herkunftsdatenbank kann nicht geöffnet werden: nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1: cannot open the lineage database: %2</source>
        <translation>%1: die Herkunftsdatenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: SQL failed (%2): %3</source>
        <translation>%1: SQL fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>%1: cannot prepare (%2): %3</source>
        <translation>%1: Anweisung kann nicht vorbereitet werden (%2): %3</translation>
    </message>
    <message>
        <source>model %1 was purged (it saw erased records); its audits remain in the lineage database</source>
        <translation>Modell %1 wurde gelöscht (es hat gelöschte Datensätze gesehen); seine Prüfungen bleiben in der Herkunftsdatenbank erhalten</translation>
    </message>
    <message>
        <source>model %1: shard model %2 was purged</source>
        <translation>Modell %1: Shard-Modell %2 wurde gelöscht</translation>
    </message>
    <message>
        <source>model %1 has no member files</source>
        <translation>Modell %1 hat keine zugehörigen Dateien</translation>
    </message>
    <message>
        <source>torchscript model spec without its architecture file resolved (resolve_script)</source>
        <translation>torchscript-Modellspezifikation, deren Architekturdatei nicht aufgelöst wurde (resolve_script)</translation>
    </message>
    <message>
        <source>%1: architecture file changed since it was recorded (SHA-256 does not match the lineage database)</source>
        <translation>%1: die Architekturdatei hat sich seit ihrer Erfassung geändert (SHA-256 stimmt nicht mit der Herkunftsdatenbank überein)</translation>
    </message>
    <message>
        <source>model spec: empty input or fewer than two classes</source>
        <translation>Modellspezifikation: leere Eingabe oder weniger als zwei Klassen</translation>
    </message>
    <message>
        <source>model spec: cnn needs image input of at least 16x16 (channels, height, width)</source>
        <translation>Modellspezifikation: cnn benötigt Bildeingaben von mindestens 16x16 (Kanäle, Höhe, Breite)</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos; (known: logreg, mlp, cnn)</source>
        <translation>unbekannte Architektur &apos;%1&apos; (bekannt: logreg, mlp, cnn)</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; holds NaN or infinite values</source>
        <translation>%1: Parameter &apos;%2&apos; enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>%1: not a &apos;%2&apos; model: parameter &apos;%3&apos; is missing</source>
        <translation>%1: kein &apos;%2&apos;-Modell: Parameter &apos;%3&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: not a &apos;%2&apos; model of this shape: parameter &apos;%3&apos; has shape %4, expected %5</source>
        <translation>%1: kein &apos;%2&apos;-Modell dieser Form: Parameter &apos;%3&apos; hat die Form %4, erwartet %5</translation>
    </message>
    <message>
        <source>%1: not a readable model file (%2)</source>
        <translation>%1: keine lesbare Modelldatei (%2)</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;: this LibTorch sees no CUDA device</source>
        <translation>Gerät &apos;%1&apos;: diese LibTorch-Installation findet kein CUDA-Gerät</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;: only %2 CUDA device(s)</source>
        <translation>Gerät &apos;%1&apos;: nur %2 CUDA-Gerät(e) vorhanden</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos; (use auto, cpu, cuda or cuda:N)</source>
        <translation>unbekanntes Gerät &apos;%1&apos; (verwenden Sie auto, cpu, cuda oder cuda:N)</translation>
    </message>
    <message>
        <source>%1: not a TorchScript model (torch.jit.load: %2)</source>
        <translation>%1: kein TorchScript-Modell (torch.jit.load: %2)</translation>
    </message>
    <message>
        <source>%1: the TorchScript model has no forward method</source>
        <translation>%1: das TorchScript-Modell hat keine forward-Methode</translation>
    </message>
    <message>
        <source>%1: the model&apos;s forward fails on the dataset&apos;s input of shape %2 (float32): %3</source>
        <translation>%1: die forward-Methode des Modells schlägt bei der Eingabe des Datenbestands mit der Form %2 (float32) fehl: %3</translation>
    </message>
    <message>
        <source>%1: forward returns %2, not logits: a float tensor of shape [batch, n_classes] = [%3, n_classes]</source>
        <translation>%1: forward liefert %2 statt Logits: einen Float-Tensor der Form [batch, n_classes] = [%3, n_classes]</translation>
    </message>
    <message>
        <source>%1: forward returns a %2 tensor of shape %3, not logits: a float tensor of shape [batch, n_classes] = [%4, n_classes]</source>
        <translation>%1: forward liefert einen %2-Tensor der Form %3 statt Logits: einen Float-Tensor der Form [batch, n_classes] = [%4, n_classes]</translation>
    </message>
    <message>
        <source>%1: forward returns %2 logits per record; the dataset has %3 classes</source>
        <translation>%1: forward liefert %2 Logits je Datensatz; der Datenbestand hat %3 Klassen</translation>
    </message>
    <message>
        <source>%1: forward returns NaN or infinite logits</source>
        <translation>%1: forward liefert NaN oder unendliche Logits</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1: &apos;%2&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3, outside (%4, %5]</source>
        <translation>%1: &apos;%2&apos; ist %3, außerhalb von (%4, %5]</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3, outside [%4, %5]</source>
        <translation>%1: &apos;%2&apos; ist %3, außerhalb von [%4, %5]</translation>
    </message>
    <message>
        <source>%1: a recipe is one JSON object</source>
        <translation>%1: ein Trainingsrezept muss ein einzelnes JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (a recipe has optimizer, lr, lr_schedule, momentum, weight_decay, batch_size, epochs and seed)</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos; (ein Trainingsrezept enthält optimizer, lr, lr_schedule, momentum, weight_decay, batch_size, epochs und seed)</translation>
    </message>
    <message>
        <source>%1: the recipe lacks %2 (a recipe needs optimizer, lr, epochs and batch_size)</source>
        <translation>%1: dem Trainingsrezept fehlt %2 (ein Trainingsrezept benötigt optimizer, lr, epochs und batch_size)</translation>
    </message>
    <message>
        <source>%1: &apos;optimizer&apos; must be &quot;sgd&quot;, &quot;adam&quot; or &quot;adamw&quot;, not %2</source>
        <translation>%1: &apos;optimizer&apos; muss &quot;sgd&quot;, &quot;adam&quot; oder &quot;adamw&quot; sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: &apos;batch_size&apos; must be a whole number</source>
        <translation>%1: &apos;batch_size&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: &apos;momentum&apos; must be below 1</source>
        <translation>%1: &apos;momentum&apos; muss kleiner als 1 sein</translation>
    </message>
    <message>
        <source>%1: &apos;seed&apos; must be a whole number from 0, not %2</source>
        <translation>%1: &apos;seed&apos; muss eine ganze Zahl ab 0 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; in &apos;lr_schedule&apos; (a step schedule has step and gamma)</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos; in &apos;lr_schedule&apos; (ein stufenweiser Zeitplan hat step und gamma)</translation>
    </message>
    <message>
        <source>%1: &apos;lr_schedule&apos; must be &quot;constant&quot;, &quot;cosine&quot; or {&quot;step&quot;: EPOCHS, &quot;gamma&quot;: FACTOR}, not %2</source>
        <translation>%1: &apos;lr_schedule&apos; muss &quot;constant&quot;, &quot;cosine&quot; oder {&quot;step&quot;: EPOCHS, &quot;gamma&quot;: FACTOR} sein, nicht %2</translation>
    </message>
    <message>
        <source>--shards must be in 1..1000</source>
        <translation>--shards muss im Bereich 1..1000 liegen</translation>
    </message>
    <message>
        <source>--slices must be in 1..100</source>
        <translation>--slices muss im Bereich 1..100 liegen</translation>
    </message>
    <message>
        <source>--epochs must be in (0, 1000]</source>
        <translation>--epochs muss im Bereich (0, 1000] liegen</translation>
    </message>
    <message>
        <source>batch size must be positive</source>
        <translation>die Batchgröße muss positiv sein</translation>
    </message>
    <message>
        <source>learning rate must be positive</source>
        <translation>die Lernrate muss positiv sein</translation>
    </message>
    <message>
        <source>shard policy must be subject or random</source>
        <translation>die Shard-Zuordnung muss subject oder random sein</translation>
    </message>
    <message>
        <source>aggregation must be mean or vote</source>
        <translation>die Aggregation muss mean oder vote sein</translation>
    </message>
    <message>
        <source>optimizer must be sgd, adam or adamw</source>
        <translation>der Optimierer muss sgd, adam oder adamw sein</translation>
    </message>
    <message>
        <source>learning-rate schedule must be constant, cosine or step</source>
        <translation>der Lernraten-Zeitplan muss constant, cosine oder step sein</translation>
    </message>
    <message>
        <source>unknown shard policy &apos;%1&apos;</source>
        <translation>unbekannte Shard-Zuordnung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: a run that records its updates retrains in the coordinator</source>
        <translation>%1: ein Lauf, der seine Aktualisierungen aufzeichnet, wird im Koordinator neu trainiert</translation>
    </message>
    <message>
        <source>a shard unit&apos;s result names a checkpoint it does not check: %1; refused</source>
        <translation>das Ergebnis einer Shard-Arbeitseinheit nennt einen Checkpoint, den es nicht mit einer Prüfsumme absichert: %1; abgelehnt</translation>
    </message>
    <message>
        <source>update logs of different parameter counts cannot be joined</source>
        <translation>Aktualisierungsprotokolle mit unterschiedlicher Parameteranzahl können nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>%1: not a Lethe update log</source>
        <translation>%1: kein Lethe-Aktualisierungsprotokoll</translation>
    </message>
    <message>
        <source>%1: update log with no parameters</source>
        <translation>%1: Aktualisierungsprotokoll ohne Parameter</translation>
    </message>
    <message>
        <source>%1: truncated update log</source>
        <translation>%1: abgeschnittenes Aktualisierungsprotokoll</translation>
    </message>
    <message>
        <source>none of the %1 selected records is a training record (they are test or population records): no model trained on them, so there is nothing to erase</source>
        <translation>keiner der %1 ausgewählten Datensätze ist ein Trainingsdatensatz (es sind Test- oder Populationsdatensätze): Kein Modell wurde mit ihnen trainiert, es gibt also nichts zu löschen</translation>
    </message>
    <message>
        <source>the shard retrains failed on %1; nothing was committed:%2</source>
        <translation>das Neutrainieren der Shards ist auf %1 fehlgeschlagen; es wurde nichts übernommen:%2</translation>
    </message>
    <message>
        <source>%1: the lineage database holds schema objects Lethe did not create (%2); it was not opened, and none of them ran</source>
        <translation>%1: die Herkunftsdatenbank enthält Schemaobjekte, die Lethe nicht angelegt hat (%2); sie wurde nicht geöffnet, und keines davon wurde ausgeführt</translation>
    </message>
    <message>
        <source>%1: the lineage database&apos;s %2 differs from what Lethe created; it was not opened</source>
        <translation>%1: %2 der Herkunftsdatenbank weicht von dem ab, was Lethe angelegt hat; sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: the lineage database&apos;s %2 differ from what Lethe created; it was not opened</source>
        <translation>%1: %2 der Herkunftsdatenbank weichen von dem ab, was Lethe angelegt hat; sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: the lineage database lacks %2; it was not opened</source>
        <translation>%1: der Herkunftsdatenbank fehlt %2; sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>job %1 is a %2 job, not a forget job</source>
        <translation>Auftrag %1 ist ein %2-Auftrag, kein Vergessensauftrag</translation>
    </message>
</context>
<context>
    <name>MethodParamsEditor</name>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Minimum epochs</source>
        <translation>Mindestzahl an Epochen</translation>
    </message>
    <message>
        <source>Epochs of max steps</source>
        <translation>Epochen mit Max-Schritten</translation>
    </message>
    <message>
        <source>Fine-tuning epochs</source>
        <translation>Epochen der Feinabstimmung</translation>
    </message>
    <message>
        <source>Stop at loss ratio</source>
        <translation>Stopp bei Verlustverhältnis</translation>
    </message>
    <message>
        <source>Retain weight</source>
        <translation>Gewicht der behaltenen Daten</translation>
    </message>
    <message>
        <source>Weights updated</source>
        <translation>Anteil aktualisierter Gewichte</translation>
    </message>
    <message>
        <source>Retained sample</source>
        <translation>Stichprobe der behaltenen Daten</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Largest noise factor</source>
        <translation>Größter Rauschfaktor</translation>
    </message>
    <message>
        <source>Fisher samples</source>
        <translation>Fisher-Stichproben</translation>
    </message>
    <message>
        <source>L2 strength</source>
        <translation>L2-Stärke</translation>
    </message>
    <message>
        <source>Residual budget</source>
        <translation>Restbudget</translation>
    </message>
    <message>
        <source>Solver iterations</source>
        <translation>Solver-Iterationen</translation>
    </message>
    <message>
        <source>Solver tolerance</source>
        <translation>Solver-Toleranz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Method parameters</source>
        <translation>Methodenparameter</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Audit before and after</source>
        <translation>Prüfung vorher und nachher</translation>
    </message>
    <message>
        <source>Keep the input model</source>
        <translation>Eingabemodell behalten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kind of method</source>
        <translation>Art der Methode</translation>
    </message>
    <message>
        <source>Purge reference models</source>
        <translation>Referenzmodelle löschen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>Datensatzdatei</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Ensemble vote</source>
        <translation>Ensemble-Abstimmung</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>Record the update log</source>
        <translation>Aktualisierungsprotokoll aufzeichnen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Shard placement</source>
        <translation>Shard-Zuordnung</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Zeitplan</translation>
    </message>
    <message>
        <source>Rate steps every (epochs)</source>
        <translation>Ratenschritt alle (Epochen)</translation>
    </message>
    <message>
        <source>Rate factor at each step</source>
        <translation>Ratenfaktor je Schritt</translation>
    </message>
    <message>
        <source>Owner&apos;s recipe (SHA-256)</source>
        <translation>Trainingsrezept des Eigentümers (SHA-256)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ensemble of SISA shards imported from PyTorch</source>
        <translation>Ensemble aus SISA-Shards, aus PyTorch importiert</translation>
    </message>
    <message>
        <source>model imported from PyTorch</source>
        <translation>aus PyTorch importiertes Modell</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>logistische Regression</translation>
    </message>
    <message>
        <source>%1 ensemble of SISA shards</source>
        <translation>Ensemble aus SISA-Shards (%1)</translation>
    </message>
    <message>
        <source>The audit holds no per-subject test for this subject, so its power is unknown.</source>
        <translation>Die Prüfung enthält für diese betroffene Person keinen personenbezogenen Test; ihre Teststärke ist daher unbekannt.</translation>
    </message>
    <message>
        <source>No reference model trained on the subject&apos;s records remains, so the test&apos;s power is unknown: an inconclusive result here proves little.</source>
        <translation>Es ist kein Referenzmodell mehr vorhanden, das auf den Datensätzen der betroffenen Person trainiert wurde; die Teststärke ist daher unbekannt: Ein nicht eindeutiges Ergebnis beweist hier wenig.</translation>
    </message>
    <message>
        <source>Power: a model that still remembered the subject&apos;s records (%1) would have been caught in more than 99 of 100 such tests.</source>
        <translation>Teststärke: Ein Modell, das sich noch an die Datensätze der betroffenen Person erinnert (%1), wäre in mehr als 99 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>Power: a model that still remembered the subject&apos;s records (%1) would have been caught in fewer than 1 of 100 such tests, so finding nothing proves little.</source>
        <translation>Teststärke: Ein Modell, das sich noch an die Datensätze der betroffenen Person erinnert (%1), wäre in weniger als 1 von 100 solchen Tests erkannt worden; dass nichts gefunden wurde, beweist daher wenig.</translation>
    </message>
    <message>
        <source>Power: a model that still remembered the subject&apos;s records (%1) would have been caught in about %2 of 100 such tests.</source>
        <translation>Teststärke: Ein Modell, das sich noch an die Datensätze der betroffenen Person erinnert (%1), wäre in etwa %2 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What was asked&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h3&gt;Was beantragt wurde&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Data subject (pseudonym)</source>
        <translation>Betroffene Person (Pseudonym)</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Rechtsgrund</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>on %1 (deadline %2)</source>
        <translation>am %1 (Frist %2)</translation>
    </message>
    <message>
        <source>Auditor&apos;s note</source>
        <translation>Vermerk des Prüfers</translation>
    </message>
    <message>
        <source>Answered over open findings, because</source>
        <translation>Trotz offener Feststellungen beantwortet, weil</translation>
    </message>
    <message>
        <source>Lethe&apos;s own copy</source>
        <translation>Lethes eigene Kopie</translation>
    </message>
    <message numerus="yes">
        <source>the subject&apos;s %Ln raw record(s) were redacted from this project&apos;s dataset copies on %1; their SHA-256 and the scores below remain</source>
        <translation>
            <numerusform>der %Ln Rohdatensatz der betroffenen Person wurde am %1 aus den Datensatzkopien dieses Projekts geschwärzt; sein SHA-256 und die unten stehenden Werte bleiben erhalten</numerusform>
            <numerusform>die %Ln Rohdatensätze der betroffenen Person wurden am %1 aus den Datensatzkopien dieses Projekts geschwärzt; ihre SHA-256 und die unten stehenden Werte bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>the subject&apos;s raw records are still in this project&apos;s dataset copies (lethe requests redact removes them)</source>
        <translation>die Rohdatensätze der betroffenen Person befinden sich noch in den Datensatzkopien dieses Projekts (lethe requests redact entfernt sie)</translation>
    </message>
    <message>
        <source>Refused (Art. 12(4))</source>
        <translation>Abgelehnt (Art. 12 Abs. 4)</translation>
    </message>
    <message>
        <source>Reason given to the subject</source>
        <translation>Der betroffenen Person mitgeteilter Grund</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue by %n day(s)</source>
        <translation>
            <numerusform>%1, seit %n Tag überfällig</numerusform>
            <numerusform>%1, seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) left</source>
        <translation>
            <numerusform>%1, noch %n Tag</numerusform>
            <numerusform>%1, noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>exact: retrained without the records</source>
        <translation>exakt: ohne die Datensätze neu trainiert</translation>
    </message>
    <message>
        <source>exact method, but its output still trained on the records</source>
        <translation>exakte Methode, deren Ergebnis aber noch auf den Datensätzen trainiert wurde</translation>
    </message>
    <message>
        <source>approximate: adjusted, not retrained</source>
        <translation>approximativ: angepasst, nicht neu trainiert</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What was done&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Was getan wurde&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model in the project was trained on the subject&apos;s records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Modell im Projekt wurde auf den Datensätzen der betroffenen Person trainiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;19%&apos;&gt;model in scope&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;trained on&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;method&lt;/th&gt;&lt;th width=&apos;20%&apos;&gt;erasure&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;when&lt;/th&gt;&lt;th width=&apos;19%&apos;&gt;result&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;19%&apos;&gt;betroffenes Modell&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;trainiert auf&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;Methode&lt;/th&gt;&lt;th width=&apos;20%&apos;&gt;Löschung&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;wann&lt;/th&gt;&lt;th width=&apos;19%&apos;&gt;Ergebnis&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>Modell %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the subject&apos;s records</source>
        <translation>
            <numerusform>%Ln Datensatz der betroffenen Person</numerusform>
            <numerusform>%Ln Datensätzen der betroffenen Person</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>not handled yet</source>
        <translation>noch nicht bearbeitet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What is still open&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Was noch offen ist&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Undecided: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Unentschieden: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The auditor has not closed the case: it stays %1 until it is answered or refused, with a note.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Der Prüfer hat den Fall nicht abgeschlossen: Er bleibt %1, bis er mit einem Vermerk beantwortet oder abgelehnt wird.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Nothing: the request was refused (Art. 12(4)), for the reason above.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nichts: Der Antrag wurde aus dem oben genannten Grund abgelehnt (Art. 12 Abs. 4).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Nothing: every model that trained on the subject&apos;s records was handled, and the case is closed.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nichts: Jedes Modell, das auf den Datensätzen der betroffenen Person trainiert wurde, wurde bearbeitet, und der Fall ist abgeschlossen.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Lethe erasure report: case %1&lt;/h1&gt;&lt;p&gt;Data subject %2 · generated %3 UTC · signed by key %4&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Lethe-Löschbericht: Fall %1&lt;/h1&gt;&lt;p&gt;Betroffene Person %2 · erstellt %3 UTC · signiert mit Schlüssel %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case verdict: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Befund zum Fall: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No job of the case has finished, so there is no audit to show yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Auftrag dieses Falls ist abgeschlossen; es gibt daher noch keine Prüfung anzuzeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;The figure shows the first %1 of the %2 models handled; the findings below cover every one.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Die Abbildung zeigt die ersten %1 der %2 bearbeiteten Modelle; die folgenden Feststellungen umfassen jedes einzelne.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Each dot is one of the subject&apos;s records, scored by the audit before (red) and after (blue) the job. The grey bars are the test records, which the model never trained on. Exposure 0.5 is what a record the model never saw scores, 1 a record it plainly recognises: records that were forgotten sit among the grey bars, records still recognised far right.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Jeder Punkt ist ein Datensatz der betroffenen Person, bewertet durch die Prüfung vor (rot) und nach (blau) dem Auftrag. Die grauen Balken sind die Testdatensätze, auf denen das Modell nie trainiert wurde. Eine Exposition von 0,5 erreicht ein Datensatz, den das Modell nie gesehen hat, 1 ein Datensatz, den es eindeutig wiedererkennt: Vergessene Datensätze liegen zwischen den grauen Balken, noch wiedererkannte weit rechts.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Findings</source>
        <translation>1. Feststellungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The EDPB (Opinion 28/2024) asks two questions of a model that trained on personal data: can the data be extracted from the model itself, and can it be obtained through queries to it, with all the means reasonably likely to be used. Each model in scope is answered on both, then on whether it still works.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der EDSA (Stellungnahme 28/2024) stellt zu einem Modell, das mit personenbezogenen Daten trainiert wurde, zwei Fragen: Können die Daten aus dem Modell selbst extrahiert werden, und können sie durch Abfragen an das Modell gewonnen werden, jeweils unter Berücksichtigung aller Mittel, deren Einsatz vernünftigerweise wahrscheinlich ist. Für jedes betroffene Modell werden beide Fragen beantwortet und anschließend, ob es noch funktioniert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1.%1 Model %2 (%3)</source>
        <translation>1.%1 Modell %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Extraction from the model itself (EDPB, first part).&lt;/b&gt; What the lineage proves about the weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Extraktion aus dem Modell selbst (EDSA, erster Teil).&lt;/b&gt; Was die Datenherkunft über die Gewichte beweist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The weights were computed without the records, so they cannot hold them; this follows from the lineage and needs no statistical power.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Gewichte wurden ohne die Datensätze berechnet und können sie daher nicht enthalten; dies folgt aus der Datenherkunft und erfordert keine statistische Teststärke.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The weights come from a model that trained on the records. No test here reads records out of weights, so this part rests on the behaviour below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Gewichte stammen von einem Modell, das auf den Datensätzen trainiert wurde. Kein Test liest hier Datensätze aus Gewichten aus; dieser Teil stützt sich daher auf das nachstehende Verhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Obtained through queries (EDPB, second part).&lt;/b&gt; Membership inference against models trained without the records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gewinnung durch Abfragen (EDSA, zweiter Teil).&lt;/b&gt; Mitgliedschaftsinferenz im Vergleich mit Modellen, die ohne die Datensätze trainiert wurden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Whether the model still works.&lt;/b&gt; Accuracy before, after and for a model retrained without the records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ob das Modell noch funktioniert.&lt;/b&gt; Genauigkeit vorher, nachher und für ein ohne die Datensätze neu trainiertes Modell.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1.%1 The case as a whole</source>
        <translation>1.%1 Der Fall insgesamt</translation>
    </message>
    <message>
        <source>2. Methods</source>
        <translation>2. Methoden</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forget job of this case has finished.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Vergessensauftrag dieses Falls ist abgeschlossen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;job&lt;/th&gt;&lt;th&gt;model&lt;/th&gt;&lt;th&gt;method&lt;/th&gt;&lt;th&gt;device&lt;/th&gt;&lt;th&gt;started&lt;/th&gt;&lt;th&gt;finished&lt;/th&gt;&lt;th&gt;unlearning&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;Auftrag&lt;/th&gt;&lt;th&gt;Modell&lt;/th&gt;&lt;th&gt;Methode&lt;/th&gt;&lt;th&gt;Gerät&lt;/th&gt;&lt;th&gt;gestartet&lt;/th&gt;&lt;th&gt;beendet&lt;/th&gt;&lt;th&gt;Verlernen&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parameters of job %1 (%2)&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parameter von Auftrag %1 (%2)&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Appendix A%1: job %2, %3</source>
        <translation>Anhang A%1: Auftrag %2, %3</translation>
    </message>
    <message>
        <source>A%1.%2 %3</source>
        <translation>A%1.%2 %3</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Datenherkunft</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Per-subject test</source>
        <translation>Personenbezogener Test</translation>
    </message>
    <message>
        <source>Attacks, MIA-Efficacy and reference models</source>
        <translation>Angriffe, MIA-Efficacy und Referenzmodelle</translation>
    </message>
    <message>
        <source>Per-record exposure</source>
        <translation>Exposition je Datensatz</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>model %1 (%2)
%3</source>
        <translation>Modell %1 (%2)
%3</translation>
    </message>
    <message>
        <source>3. Limits</source>
        <translation>3. Grenzen</translation>
    </message>
    <message>
        <source>4. Evidence</source>
        <translation>4. Nachweise</translation>
    </message>
    <message>
        <source>Lethe erasure report, case %1 · page %2 of %3</source>
        <translation>Lethe-Löschbericht, Fall %1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Slurm cluster</source>
        <translation>Slurm-Cluster</translation>
    </message>
    <message>
        <source>Where the heavy work runs: here, or as a Slurm job array on the cluster this machine submits to, with the settings saved in the project (lethe references build --executor slurm --slurm-...; docs/cluster.md). Progress shows the tasks done, running and pending; Cancel cancels the array.</source>
        <translation>Wo die rechenintensive Arbeit ausgeführt wird: hier oder als Slurm-Job-Array auf dem Cluster, an den dieser Rechner Aufträge übermittelt, mit den im Projekt gespeicherten Einstellungen (lethe references build --executor slurm --slurm-...; docs/cluster.md). Der Fortschritt zeigt die erledigten, laufenden und wartenden Aufgaben; Abbrechen bricht das Array ab.</translation>
    </message>
    <message>
        <source>Exposure = Φ(LiRA offline z) against %1 reference model(s) of pool %2 (models retrained without the record&apos;s subject). LiRA online and RMIA are beside it.</source>
        <translation>Exposition = Φ(LiRA offline z) gegenüber %1 Referenzmodell(en) aus Pool %2 (Modelle, die ohne die betroffene Person des Datensatzes neu trainiert wurden). LiRA online und RMIA stehen daneben.</translation>
    </message>
    <message>
        <source> LiRA online is blank where %1</source>
        <translation> LiRA online ist leer, wo %1</translation>
    </message>
    <message>
        <source>No reference pool%1: exposure is the loss attack&apos;s percentile among test records (mid-rank); LiRA and RMIA need a pool (Job &gt; Reference models…, then audit again).</source>
        <translation>Kein Referenzpool%1: Die Exposition ist das Perzentil des Verlustangriffs unter den Testdatensätzen (mittlerer Rang); LiRA und RMIA benötigen einen Pool (Auftrag &gt; Referenzmodelle…, danach erneut prüfen).</translation>
    </message>
    <message>
        <source>Calibration check: the %1 test records, which neither the audited model nor any reference model trained on, have median exposure %2 (about 0.5 when the references match the audited model).</source>
        <translation>Kalibrierungsprüfung: Die %1 Testdatensätze, auf denen weder das geprüfte Modell noch ein Referenzmodell trainiert wurde, haben eine mittlere Exposition (Median) von %2 (etwa 0,5, wenn die Referenzmodelle zum geprüften Modell passen).</translation>
    </message>
    <message>
        <source> &lt;b&gt;Off: read the exposures and the verdict&apos;s z with care&lt;/b&gt; (more or better-matched reference models).</source>
        <translation> &lt;b&gt;Abweichend: Expositionen und das z des Befunds mit Vorsicht lesen&lt;/b&gt; (mehr oder besser passende Referenzmodelle).</translation>
    </message>
    <message>
        <source>; n = %1 / %2; K = %3 reference models</source>
        <translation>; n = %1 / %2; K = %3 Referenzmodelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;The after-audit holds no per-record exposure (no after-audit, or one from before issue 5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Nachher-Prüfung enthält keine Exposition je Datensatz (keine Nachher-Prüfung oder eine Prüfung aus der Zeit vor Issue 5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Most exposed records&lt;/b&gt; (%1 of the forget set): exposure = Φ(LiRA offline z) against K = %2 reference models; 0.5 is what models that never saw the record give.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Am stärksten exponierte Datensätze&lt;/b&gt; (%1 der Vergessensmenge): Exposition = Φ(LiRA offline z) gegenüber K = %2 Referenzmodellen; 0,5 ist der Wert, den Modelle ergeben, die den Datensatz nie gesehen haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Most exposed records&lt;/b&gt; (%1 of the forget set): no reference pool, so exposure is the loss attack&apos;s percentile among test records (0.5 = like an unseen record).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Am stärksten exponierte Datensätze&lt;/b&gt; (%1 der Vergessensmenge): kein Referenzpool, daher ist die Exposition das Perzentil des Verlustangriffs unter den Testdatensätzen (0,5 = wie ein ungesehener Datensatz).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forget records were audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurden keine Datensätze der Vergessensmenge geprüft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=2 width=100%&gt;&lt;tr&gt;&lt;th&gt;rank&lt;/th&gt;&lt;th&gt;record&lt;/th&gt;&lt;th&gt;subject&lt;/th&gt;&lt;th&gt;class&lt;/th&gt;&lt;th&gt;correct&lt;/th&gt;&lt;th&gt;exposure&lt;/th&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=2 width=100%&gt;&lt;tr&gt;&lt;th&gt;Rang&lt;/th&gt;&lt;th&gt;Datensatz&lt;/th&gt;&lt;th&gt;betroffene Person&lt;/th&gt;&lt;th&gt;Klasse&lt;/th&gt;&lt;th&gt;richtig&lt;/th&gt;&lt;th&gt;Exposition&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;before&lt;/th&gt;</source>
        <translation>&lt;th&gt;vorher&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;LiRA offline z&lt;/th&gt;&lt;th&gt;RMIA&lt;/th&gt;</source>
        <translation>&lt;th&gt;LiRA offline z&lt;/th&gt;&lt;th&gt;RMIA&lt;/th&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Slices&lt;/b&gt;: the %1 attack per class and per correctness, with 95% intervals.&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;slice&lt;/th&gt;&lt;th&gt;n members / non-members&lt;/th&gt;&lt;th&gt;AUC [95% CI]&lt;/th&gt;&lt;th&gt;TPR at 1% FPR [95% CI]&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Slices&lt;/b&gt;: der Angriff %1 je Klasse und je Richtigkeit, mit 95-%-Intervallen.&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Slice&lt;/th&gt;&lt;th&gt;n Mitglieder / Nichtmitglieder&lt;/th&gt;&lt;th&gt;AUC [95-%-KI]&lt;/th&gt;&lt;th&gt;TPR bei 1 % FPR [95-%-KI]&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>correctly classified</source>
        <translation>richtig klassifiziert</translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation>falsch klassifiziert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retained control: %1&lt;/b&gt; (loss-attack exposure percentile among test records rose by ≥ %2 to ≥ %3, compared with audit %4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kontrolle der behaltenen Daten: %1&lt;/b&gt; (Expositionsperzentil des Verlustangriffs unter den Testdatensätzen stieg um ≥ %2 auf ≥ %3, verglichen mit Prüfung %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flagged retained records%1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Markierte behaltene Datensätze%1: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (first 50)</source>
        <translation> (erste 50)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retained control:&lt;/b&gt; no before-audit to compare with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kontrolle der behaltenen Daten:&lt;/b&gt; keine Vorher-Prüfung zum Vergleich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;attack&lt;/th&gt;&lt;th&gt;AUC [95% CI]&lt;/th&gt;&lt;th&gt;TPR at 1% FPR&lt;/th&gt;&lt;th&gt;TPR at 0.1% FPR&lt;/th&gt;&lt;th&gt;TPR at 0.01% FPR&lt;/th&gt;&lt;th&gt;n members / non-members&lt;/th&gt;&lt;th&gt;reference models&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Angriff&lt;/th&gt;&lt;th&gt;AUC [95-%-KI]&lt;/th&gt;&lt;th&gt;TPR bei 1 % FPR&lt;/th&gt;&lt;th&gt;TPR bei 0,1 % FPR&lt;/th&gt;&lt;th&gt;TPR bei 0,01 % FPR&lt;/th&gt;&lt;th&gt;n Mitglieder / Nichtmitglieder&lt;/th&gt;&lt;th&gt;Referenzmodelle&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>K = %1</source>
        <translation>K = %1</translation>
    </message>
    <message>
        <source>NO CASE</source>
        <translation>KEIN FALL</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(kein Fall)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case verdict: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Befund zum Fall: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Case status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;p&gt;Fallstatus: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, decided %1: %2</source>
        <translation>, entschieden am %1: %2</translation>
    </message>
    <message>
        <source> · deadline %1, %2 day(s) left · the auditor closes the case, never a job</source>
        <translation> · Frist %1, noch %2 Tag(e) · den Fall schließt der Prüfer ab, nie ein Auftrag</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Findings&lt;/b&gt; (per model that trained on the subject&apos;s records)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;10%&apos;&gt;model&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;layer&lt;/th&gt;&lt;th width=&apos;17%&apos;&gt;result&lt;/th&gt;&lt;th width=&apos;59%&apos;&gt;finding&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Feststellungen&lt;/b&gt; (je Modell, das auf den Datensätzen der betroffenen Person trainiert wurde)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;10%&apos;&gt;Modell&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;Ebene&lt;/th&gt;&lt;th width=&apos;17%&apos;&gt;Ergebnis&lt;/th&gt;&lt;th width=&apos;59%&apos;&gt;Feststellung&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>gesamter Fall</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case verdict: none&lt;/h2&gt;&lt;p&gt;This job is not linked to an erasure request, so there is no case to decide; the job&apos;s evidence follows.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Befund zum Fall: keiner&lt;/h2&gt;&lt;p&gt;Dieser Auftrag ist mit keinem Löschersuchen verknüpft; es gibt daher keinen Fall zu entscheiden. Es folgen die Nachweise des Auftrags.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Fallreferenz</translation>
    </message>
    <message>
        <source>%1 (%2: %3 month(s), extendable by %4)</source>
        <translation>%1 (%2: %3 Monat(e), verlängerbar um %4)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the job is not linked to an erasure request</source>
        <translation>der Auftrag ist mit keinem Löschersuchen verknüpft</translation>
    </message>
    <message>
        <source>Records selected</source>
        <translation>Ausgewählte Datensätze</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>keine betroffene Person</translation>
    </message>
    <message>
        <source>Subjects (pseudonyms, records)</source>
        <translation>Betroffene Personen (Pseudonyme, Datensätze)</translation>
    </message>
    <message>
        <source>Selection SHA-256 (sorted record ids)</source>
        <translation>SHA-256 der Auswahl (sortierte Datensatz-IDs)</translation>
    </message>
    <message>
        <source>cosine schedule</source>
        <translation>Kosinus-Zeitplan</translation>
    </message>
    <message>
        <source>rate x %1 every %2 epochs</source>
        <translation>Rate x %1 alle %2 Epochen</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>konstante Rate</translation>
    </message>
    <message>
        <source>the owner&apos;s recipe, imported with the model (SHA-256 &lt;tt&gt;%1&lt;/tt&gt;): %2, %3, momentum %4, weight decay %5; retraining and reference models follow it</source>
        <translation>das Trainingsrezept des Eigentümers, mit dem Modell importiert (SHA-256 &lt;tt&gt;%1&lt;/tt&gt;): %2, %3, Momentum %4, Gewichtsabnahme %5; Neutraining und Referenzmodelle folgen ihm</translation>
    </message>
    <message>
        <source>none was imported with the model: retraining and reference models follow Lethe&apos;s defaults (%1, %2) and may differ from the training the owner used</source>
        <translation>keines wurde mit dem Modell importiert: Neutraining und Referenzmodelle folgen den Standardwerten von Lethe (%1, %2) und können vom Training des Eigentümers abweichen</translation>
    </message>
    <message>
        <source>Lethe&apos;s own training of the model, repeated as it was (%1, %2)</source>
        <translation>Lethes eigenes Training des Modells, so wiederholt, wie es durchgeführt wurde (%1, %2)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>Gestartet / beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s unlearning, %2 s with loading, audits and purge</source>
        <translation>%1 s Verlernen, %2 s mit Laden, Prüfungen und Löschung</translation>
    </message>
    <message>
        <source>Training configuration</source>
        <translation>Trainingskonfiguration</translation>
    </message>
    <message>
        <source>arch %1, %2 shard(s) x %3 slice(s), %4 epochs, batch %5, lr %6, seed %7</source>
        <translation>Arch. %1, %2 Shard(s) x %3 Slice(s), %4 Epochen, Batch %5, LR %6, Seed %7</translation>
    </message>
    <message>
        <source>Training recipe</source>
        <translation>Trainingsrezept</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>die Standardwerte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln Wert</numerusform>
            <numerusform>%Ln Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th&gt;parameter&lt;/th&gt;&lt;th&gt;value&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th&gt;Parameter&lt;/th&gt;&lt;th&gt;Wert&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;model&lt;/th&gt;&lt;th&gt;SHA-256&lt;/th&gt;&lt;th&gt;test accuracy&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Modell&lt;/th&gt;&lt;th&gt;SHA-256&lt;/th&gt;&lt;th&gt;Testgenauigkeit&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;digest of the shard files:&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Hashwert der Shard-Dateien:&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Retrained</source>
        <translation>Neu trainiert</translation>
    </message>
    <message>
        <source>Checkpoints purged</source>
        <translation>Gelöschte Checkpoints</translation>
    </message>
    <message>
        <source>Shard models purged</source>
        <translation>Gelöschte Shard-Modelle</translation>
    </message>
    <message>
        <source>Purged files</source>
        <translation>Gelöschte Dateien</translation>
    </message>
    <message>
        <source>&lt;p&gt;Accuracy with 95% Wilson intervals; membership inference with the forget set as members and the test set as non-members (control: a retained sample).&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;metric&lt;/th&gt;&lt;th&gt;before&lt;/th&gt;&lt;th&gt;after&lt;/th&gt;</source>
        <translation>&lt;p&gt;Genauigkeit mit 95-%-Wilson-Intervallen; Mitgliedschaftsinferenz mit der Vergessensmenge als Mitgliedern und der Testmenge als Nichtmitgliedern (Kontrolle: eine Stichprobe der behaltenen Daten).&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Metrik&lt;/th&gt;&lt;th&gt;vorher&lt;/th&gt;&lt;th&gt;nachher&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;retrained reference&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;th&gt;neu trainierte Referenz&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>accuracy, %1</source>
        <translation>Genauigkeit, %1</translation>
    </message>
    <message>
        <source>MIA: %1, forget vs test</source>
        <translation>MIA: %1, Vergessensmenge vs. Test</translation>
    </message>
    <message>
        <source>control: MIA %1, retained vs test</source>
        <translation>Kontrolle: MIA %1, behalten vs. Test</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Per-subject test of this job&apos;s after-audit: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; (%3 subject(s): %4 pass, %5 fail, %6 inconclusive)&lt;/p&gt;&lt;p&gt;Basis: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personenbezogener Test der Nachher-Prüfung dieses Auftrags: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; (%3 betroffene Person(en): %4 bestanden, %5 nicht bestanden, %6 nicht eindeutig)&lt;/p&gt;&lt;p&gt;Grundlage: %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;subject&lt;/th&gt;&lt;th&gt;n records&lt;/th&gt;&lt;th&gt;z&lt;/th&gt;&lt;th&gt;z 95% interval&lt;/th&gt;&lt;th&gt;p (one-sided)&lt;/th&gt;&lt;th&gt;power z&lt;/th&gt;&lt;th&gt;verdict&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;betroffene Person&lt;/th&gt;&lt;th&gt;n Datensätze&lt;/th&gt;&lt;th&gt;z&lt;/th&gt;&lt;th&gt;z 95-%-Intervall&lt;/th&gt;&lt;th&gt;p (einseitig)&lt;/th&gt;&lt;th&gt;Teststärke z&lt;/th&gt;&lt;th&gt;Befund&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reasons&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gründe&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The after-audit holds no per-subject verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Nachher-Prüfung enthält keinen personenbezogenen Befund.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After: forget vs test&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nachher: Vergessensmenge vs. Test&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After, control: retained vs test&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nachher, Kontrolle: behalten vs. Test&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reference models of pool %1&lt;/b&gt; (K = %2, pool seed %3)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;model&lt;/th&gt;&lt;th&gt;seed&lt;/th&gt;&lt;th&gt;scores SHA-256&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Referenzmodelle von Pool %1&lt;/b&gt; (K = %2, Pool-Seed %3)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Modell&lt;/th&gt;&lt;th&gt;Seed&lt;/th&gt;&lt;th&gt;SHA-256 der Werte&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;RMIA: a = %1 (fitted, AUC %2 on %3 records), γ = %4, population %5 (n = %6). LiRA on the logit-scaled confidence, fixed variance: %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RMIA: a = %1 (angepasst, AUC %2 auf %3 Datensätzen), γ = %4, Population %5 (n = %6). LiRA auf der logit-skalierten Konfidenz, feste Varianz: %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The membership tests put questions to the model and compare its answers with models trained without the records: they address whether the records can be obtained through queries (the second part of the EDPB&apos;s test in Opinion 28/2024). They do not try to extract the records from the model&apos;s weights, the first part.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Die Mitgliedschaftstests stellen dem Modell Fragen und vergleichen seine Antworten mit Modellen, die ohne die Datensätze trainiert wurden: Sie betreffen die Frage, ob die Datensätze durch Abfragen gewonnen werden können (der zweite Teil der Prüfung des EDSA in der Stellungnahme 28/2024). Sie versuchen nicht, die Datensätze aus den Gewichten des Modells zu extrahieren, dem ersten Teil.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Where a subject is inconclusive, the test could not have caught a model that kept that subject&apos;s records: each finding states how often such a model would have been caught. An inconclusive result is not a pass.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Wo eine betroffene Person nicht eindeutig ist, hätte der Test ein Modell, das die Datensätze dieser Person behalten hat, nicht erkennen können: Jede Feststellung gibt an, wie oft ein solches Modell erkannt worden wäre. Ein nicht eindeutiges Ergebnis ist kein Bestehen.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;This audit ran without reference models, so the per-subject test rests on the loss alone and has little power: a model that kept the records would often not be caught.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Diese Prüfung lief ohne Referenzmodelle; der personenbezogene Test stützt sich daher allein auf den Verlust und hat geringe Teststärke: Ein Modell, das die Datensätze behalten hat, würde oft nicht erkannt.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;A model was imported without its owner&apos;s training recipe. Its retrained reference and the reference models follow Lethe&apos;s defaults, so they may differ from the model the owner would have trained without the records.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Ein Modell wurde ohne das Trainingsrezept seines Eigentümers importiert. Seine neu trainierte Referenz und die Referenzmodelle folgen den Standardwerten von Lethe und können daher von dem Modell abweichen, das der Eigentümer ohne die Datensätze trainiert hätte.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Only the models and copies registered in the project&apos;s lineage database were examined. A model, a copy of the data or a backup that was never registered is outside what this report can see.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Untersucht wurden nur die Modelle und Kopien, die in der Herkunftsdatenbank des Projekts registriert sind. Ein Modell, eine Kopie der Daten oder eine Sicherung, die nie registriert wurde, liegt außerhalb dessen, was dieser Bericht erfassen kann.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;An approximate method changes a model that saw the records; its output&apos;s lineage still leads back to them, so only the behaviour tests speak for it, within the limits above.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Eine approximative Methode verändert ein Modell, das die Datensätze gesehen hat; die Herkunft ihres Ergebnisses führt weiterhin auf sie zurück, sodass nur die Verhaltenstests – innerhalb der oben genannten Grenzen – für es sprechen.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;This report is signed by key %1 (%2). The signature covers this file; the case&apos;s evidence bundle (&lt;tt&gt;lethe export-evidence&lt;/tt&gt;) adds the per-record score tables from which &lt;tt&gt;lethe verify-bundle&lt;/tt&gt; recomputes every figure without the project.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;Dieser Bericht ist mit Schlüssel %1 (%2) signiert. Die Signatur umfasst diese Datei; das Nachweispaket des Falls (&lt;tt&gt;lethe export-evidence&lt;/tt&gt;) enthält zusätzlich die Wertetabellen je Datensatz, aus denen &lt;tt&gt;lethe verify-bundle&lt;/tt&gt; jede Zahl ohne das Projekt neu berechnet.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Kopf des Prüfprotokolls</translation>
    </message>
    <message>
        <source>entry %1, hash &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Eintrag %1, Hash &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>lethe verify</source>
        <translation>lethe verify</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>key &lt;tt&gt;%1&lt;/tt&gt; (%2), Ed25519; the signature is the file beside this PDF, named as it with &lt;tt&gt;.sig&lt;/tt&gt; added; check it with &lt;tt&gt;lethe verify-bundle REPORT.pdf&lt;/tt&gt;</source>
        <translation>Schlüssel &lt;tt&gt;%1&lt;/tt&gt; (%2), Ed25519; die Signatur ist die Datei neben diesem PDF, benannt wie dieses mit angehängtem &lt;tt&gt;.sig&lt;/tt&gt;; prüfen Sie sie mit &lt;tt&gt;lethe verify-bundle REPORT.pdf&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recompute: &lt;tt&gt;lethe verify --project DIR&lt;/tt&gt; re-hashes the audit log, every artifact and every stored audit&apos;s per-record scores.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neu berechnen: &lt;tt&gt;lethe verify --project DIR&lt;/tt&gt; bildet die Hashwerte des Prüfprotokolls, jedes Artefakts und der Werte je Datensatz jeder gespeicherten Prüfung neu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Lethe erasure report&lt;/h1&gt;&lt;p&gt;Case %1 · forget job %2 · generated %3 UTC&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Lethe-Löschbericht&lt;/h1&gt;&lt;p&gt;Fall %1 · Vergessensauftrag %2 · erstellt %3 UTC&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Case</source>
        <translation>1. Fall</translation>
    </message>
    <message>
        <source>2. Selection</source>
        <translation>2. Auswahl</translation>
    </message>
    <message>
        <source>3. Method</source>
        <translation>3. Methode</translation>
    </message>
    <message>
        <source>4. Models</source>
        <translation>4. Modelle</translation>
    </message>
    <message>
        <source>5. Lineage</source>
        <translation>5. Datenherkunft</translation>
    </message>
    <message>
        <source>6. Metrics</source>
        <translation>6. Metriken</translation>
    </message>
    <message>
        <source>7. Per-subject test (evidence for the case verdict)</source>
        <translation>7. Personenbezogener Test (Nachweise für den Befund zum Fall)</translation>
    </message>
    <message>
        <source>8. Attacks, MIA-Efficacy and reference models</source>
        <translation>8. Angriffe, MIA-Efficacy und Referenzmodelle</translation>
    </message>
    <message>
        <source>9. Per-record exposure</source>
        <translation>9. Exposition je Datensatz</translation>
    </message>
    <message>
        <source>10. Plots</source>
        <translation>10. Diagramme</translation>
    </message>
    <message>
        <source>11. Limits</source>
        <translation>11. Grenzen</translation>
    </message>
    <message>
        <source>12. Evidence</source>
        <translation>12. Nachweise</translation>
    </message>
    <message>
        <source>Lethe erasure report, job %1 · page %2 of %3</source>
        <translation>Lethe-Löschbericht, Auftrag %1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>Loss: forget vs test records</source>
        <translation>Verlust: Vergessens- vs. Testdatensätze</translation>
    </message>
    <message>
        <source>forget, before</source>
        <translation>Vergessensmenge, vorher</translation>
    </message>
    <message>
        <source>test, before</source>
        <translation>Test, vorher</translation>
    </message>
    <message>
        <source>forget, after</source>
        <translation>Vergessensmenge, nachher</translation>
    </message>
    <message>
        <source>test, after</source>
        <translation>Test, nachher</translation>
    </message>
    <message>
        <source>forget, retrained reference</source>
        <translation>Vergessensmenge, neu trainierte Referenz</translation>
    </message>
    <message>
        <source>log(1 + loss)</source>
        <translation>log(1 + Verlust)</translation>
    </message>
    <message>
        <source>fraction of the set</source>
        <translation>Anteil der Menge</translation>
    </message>
    <message numerus="yes">
        <source>test records (%Ln)</source>
        <translation>
            <numerusform>Testdatensätze (%Ln)</numerusform>
            <numerusform>Testdatensätze (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after (%Ln)</source>
        <translation>
            <numerusform>nachher (%Ln)</numerusform>
            <numerusform>nachher (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>before (%Ln)</source>
        <translation>
            <numerusform>vorher (%Ln)</numerusform>
            <numerusform>vorher (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>ROC: %1</source>
        <translation>ROC: %1</translation>
    </message>
    <message>
        <source>chance (TPR = FPR)</source>
        <translation>Zufall (TPR = FPR)</translation>
    </message>
    <message>
        <source>%1: AUC %2%3; n = %4 vs %5</source>
        <translation>%1: AUC %2%3; n = %4 vs. %5</translation>
    </message>
    <message>
        <source>, K = %1</source>
        <translation>, K = %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>false positive rate (test records)</source>
        <translation>Falsch-Positiv-Rate (Testdatensätze)</translation>
    </message>
    <message>
        <source>true positive rate (forget)</source>
        <translation>Richtig-Positiv-Rate (Vergessensmenge)</translation>
    </message>
    <message>
        <source>Accuracy with 95% intervals</source>
        <translation>Genauigkeit mit 95-%-Intervallen</translation>
    </message>
    <message>
        <source>retrained reference</source>
        <translation>neu trainierte Referenz</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Per-class accuracy change (after - before)</source>
        <translation>Genauigkeitsänderung je Klasse (nachher - vorher)</translation>
    </message>
    <message>
        <source>forget set</source>
        <translation>Vergessensmenge</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <source>retained sample</source>
        <translation>Stichprobe der behaltenen Daten</translation>
    </message>
    <message>
        <source>accuracy change</source>
        <translation>Genauigkeitsänderung</translation>
    </message>
    <message>
        <source>AUC by slice, 95% intervals</source>
        <translation>AUC je Slice, 95-%-Intervalle</translation>
    </message>
    <message>
        <source>%1 attack. Drag to pan, Ctrl + wheel to zoom, double-click to reset the view</source>
        <translation>Angriff %1. Ziehen zum Verschieben, Strg + Mausrad zum Zoomen, Doppelklick setzt die Ansicht zurück</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>chance (AUC 0.5)</source>
        <translation>Zufall (AUC 0,5)</translation>
    </message>
    <message>
        <source>AUC in the slice</source>
        <translation>AUC im Slice</translation>
    </message>
    <message>
        <source>Jobs of the case: %1</source>
        <translation>Aufträge des Falls: %1</translation>
    </message>
    <message>
        <source>unlearning time (s)</source>
        <translation>Verlernzeit (s)</translation>
    </message>
    <message>
        <source>|AUC - 0.5| after (lower is better)</source>
        <translation>|AUC - 0,5| nachher (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Drag to pan, Ctrl + wheel to zoom, double-click to reset the view</source>
        <translation>Ziehen zum Verschieben, Strg + Mausrad zum Zoomen, Doppelklick setzt die Ansicht zurück</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>n &lt; 5</source>
        <translation>n &lt; 5</translation>
    </message>
    <message>
        <source>Lineage (what still holds the records)</source>
        <translation>Datenherkunft (was die Datensätze noch enthält)</translation>
    </message>
    <message>
        <source>Behaviour (what the model reveals)</source>
        <translation>Verhalten (was das Modell preisgibt)</translation>
    </message>
    <message>
        <source>Utility (what the model still does)</source>
        <translation>Nutzen (was das Modell noch leistet)</translation>
    </message>
    <message>
        <source>Loss threshold</source>
        <translation>Verlust-Schwellenwert</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Konfidenz-Schwellenwert</translation>
    </message>
    <message>
        <source>Scaled logit confidence</source>
        <translation>Skalierte Logit-Konfidenz</translation>
    </message>
    <message>
        <source>Prediction entropy</source>
        <translation>Vorhersage-Entropie</translation>
    </message>
    <message>
        <source>Modified entropy (Song and Mittal)</source>
        <translation>Modifizierte Entropie (Song und Mittal)</translation>
    </message>
    <message>
        <source>Modified entropy, per-class thresholds</source>
        <translation>Modifizierte Entropie, Schwellenwerte je Klasse</translation>
    </message>
    <message>
        <source>Confidence, per-class thresholds</source>
        <translation>Konfidenz, Schwellenwerte je Klasse</translation>
    </message>
    <message>
        <source>LiRA offline (reference models)</source>
        <translation>LiRA offline (Referenzmodelle)</translation>
    </message>
    <message>
        <source>LiRA online (reference models)</source>
        <translation>LiRA online (Referenzmodelle)</translation>
    </message>
    <message>
        <source>RMIA (reference models)</source>
        <translation>RMIA (Referenzmodelle)</translation>
    </message>
    <message>
        <source>the whole model retrained</source>
        <translation>das gesamte Modell neu trainiert</translation>
    </message>
    <message>
        <source>the model adjusted, not retrained</source>
        <translation>das Modell angepasst, nicht neu trainiert</translation>
    </message>
    <message>
        <source>no shard retrained</source>
        <translation>kein Shard neu trainiert</translation>
    </message>
    <message>
        <source>shard(s) %1 of the ensemble retrained</source>
        <translation>Shard(s) %1 des Ensembles neu trainiert</translation>
    </message>
    <message>
        <source>imported PyTorch model</source>
        <translation>importierte PyTorch-Modell</translation>
    </message>
    <message>
        <source>the SISA ensemble imported from PyTorch (model %1)</source>
        <translation>das aus PyTorch importierte SISA-Ensemble (Modell %1)</translation>
    </message>
    <message>
        <source>the SISA ensemble (model %1, %2 shards)</source>
        <translation>das SISA-Ensemble (Modell %1, Shards vom Typ %2)</translation>
    </message>
    <message>
        <source>the %1 (model %2)</source>
        <translation>das %1 (Modell %2)</translation>
    </message>
    <message>
        <source>the monolithic %1 (model %2)</source>
        <translation>das monolithische Modell (%1, Modell %2)</translation>
    </message>
    <message>
        <source>No audit was run on model %1 after job %2, so nothing tested whether it still reveals the subject&apos;s records.</source>
        <translation>Nach Auftrag %2 wurde keine Prüfung von Modell %1 durchgeführt; es wurde daher nicht getestet, ob es die Datensätze der betroffenen Person noch preisgibt.</translation>
    </message>
    <message>
        <source>The lineage proof above does not depend on it.</source>
        <translation>Der obige Herkunftsnachweis hängt davon nicht ab.</translation>
    </message>
    <message>
        <source>An attacker can still tell the selected records apart from data model %1 never saw: it behaves as if it had trained on them.</source>
        <translation>Ein Angreifer kann die ausgewählten Datensätze weiterhin von Daten unterscheiden, die Modell %1 nie gesehen hat: Es verhält sich, als wäre es auf ihnen trainiert worden.</translation>
    </message>
    <message>
        <source>The audit of model %1 has no test for this subject, so its behaviour neither shows the records remembered nor forgotten.</source>
        <translation>Die Prüfung von Modell %1 enthält keinen Test für diese betroffene Person; sein Verhalten zeigt die Datensätze daher weder als erinnert noch als vergessen.</translation>
    </message>
    <message>
        <source>Model %1 still recognises the subject&apos;s %2 record as its training data, far more than models that never saw them do (z = %3, where %4 already happens by chance only once in a thousand).</source>
        <translation>Modell %1 erkennt %2 Datensatz der betroffenen Person weiterhin als seine Trainingsdaten, weit stärker als Modelle, die ihn nie gesehen haben (z = %3, wobei %4 schon zufällig nur einmal in tausend Fällen auftritt).</translation>
    </message>
    <message>
        <source>Model %1 still recognises the subject&apos;s %2 records as its training data, far more than models that never saw them do (z = %3, where %4 already happens by chance only once in a thousand).</source>
        <translation>Modell %1 erkennt %2 Datensätze der betroffenen Person weiterhin als seine Trainingsdaten, weit stärker als Modelle, die sie nie gesehen haben (z = %3, wobei %4 schon zufällig nur einmal in tausend Fällen auftritt).</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 record like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in more than 99 of 100 such tests.</source>
        <translation>Modell %1 behandelt %2 Datensatz der betroffenen Person wie Daten, die es nie gesehen hat (z = %3), und der Test war stark genug: Ein Modell, das sich noch daran erinnert, hätte etwa %4 erreicht und wäre in mehr als 99 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 record like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in fewer than 1 of 100 such tests.</source>
        <translation>Modell %1 behandelt %2 Datensatz der betroffenen Person wie Daten, die es nie gesehen hat (z = %3), und der Test war stark genug: Ein Modell, das sich noch daran erinnert, hätte etwa %4 erreicht und wäre in weniger als 1 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 record like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in about %5 of 100 such tests.</source>
        <translation>Modell %1 behandelt %2 Datensatz der betroffenen Person wie Daten, die es nie gesehen hat (z = %3), und der Test war stark genug: Ein Modell, das sich noch daran erinnert, hätte etwa %4 erreicht und wäre in etwa %5 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 records like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in more than 99 of 100 such tests.</source>
        <translation>Modell %1 behandelt %2 Datensätze der betroffenen Person wie Daten, die es nie gesehen hat (z = %3), und der Test war stark genug: Ein Modell, das sich noch an sie erinnert, hätte etwa %4 erreicht und wäre in mehr als 99 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 records like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in fewer than 1 of 100 such tests.</source>
        <translation>Modell %1 behandelt %2 Datensätze der betroffenen Person wie Daten, die es nie gesehen hat (z = %3), und der Test war stark genug: Ein Modell, das sich noch an sie erinnert, hätte etwa %4 erreicht und wäre in weniger als 1 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 records like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in about %5 of 100 such tests.</source>
        <translation>Modell %1 behandelt %2 Datensätze der betroffenen Person wie Daten, die es nie gesehen hat (z = %3), und der Test war stark genug: Ein Modell, das sich noch an sie erinnert, hätte etwa %4 erreicht und wäre in etwa %5 von 100 solchen Tests erkannt worden.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 record would score only about %4 and be caught in more than 99 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Ein Modell, das sich noch an %2 Datensatz der betroffenen Person erinnert, würde nur etwa %4 erreichen und in mehr als 99 von 100 solchen Tests erkannt werden (ein Bestehen erfordert %5, 95 von 100); dass nichts gefunden wurde (z = %3), beweist daher wenig.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 record would score only about %4 and be caught in fewer than 1 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Ein Modell, das sich noch an %2 Datensatz der betroffenen Person erinnert, würde nur etwa %4 erreichen und in weniger als 1 von 100 solchen Tests erkannt werden (ein Bestehen erfordert %5, 95 von 100); dass nichts gefunden wurde (z = %3), beweist daher wenig.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 record would score only about %4 and be caught in about %6 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Ein Modell, das sich noch an %2 Datensatz der betroffenen Person erinnert, würde nur etwa %4 erreichen und in etwa %6 von 100 solchen Tests erkannt werden (ein Bestehen erfordert %5, 95 von 100); dass nichts gefunden wurde (z = %3), beweist daher wenig.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 records would score only about %4 and be caught in more than 99 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Ein Modell, das sich noch an %2 Datensätze der betroffenen Person erinnert, würde nur etwa %4 erreichen und in mehr als 99 von 100 solchen Tests erkannt werden (ein Bestehen erfordert %5, 95 von 100); dass nichts gefunden wurde (z = %3), beweist daher wenig.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 records would score only about %4 and be caught in fewer than 1 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Ein Modell, das sich noch an %2 Datensätze der betroffenen Person erinnert, würde nur etwa %4 erreichen und in weniger als 1 von 100 solchen Tests erkannt werden (ein Bestehen erfordert %5, 95 von 100); dass nichts gefunden wurde (z = %3), beweist daher wenig.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 records would score only about %4 and be caught in about %6 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Ein Modell, das sich noch an %2 Datensätze der betroffenen Person erinnert, würde nur etwa %4 erreichen und in etwa %6 von 100 solchen Tests erkannt werden (ein Bestehen erfordert %5, 95 von 100); dass nichts gefunden wurde (z = %3), beweist daher wenig.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: no reference model trained on the subject remains, so nothing shows what a model that remembered the %2 record would look like.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Es ist kein auf der betroffenen Person trainiertes Referenzmodell mehr vorhanden; nichts zeigt daher, wie ein Modell aussähe, das sich an %2 Datensatz erinnert.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: no reference model trained on the subject remains, so nothing shows what a model that remembered the %2 records would look like.</source>
        <translation>Der Test kann für Modell %1 nicht entscheiden: Es ist kein auf der betroffenen Person trainiertes Referenzmodell mehr vorhanden; nichts zeigt daher, wie ein Modell aussähe, das sich an die %2 Datensätze erinnert.</translation>
    </message>
    <message>
        <source>The lineage says the model never saw them: look for copies of these records among the retained data.</source>
        <translation>Laut Datenherkunft hat das Modell sie nie gesehen: Suchen Sie unter den behaltenen Daten nach Kopien dieser Datensätze.</translation>
    </message>
    <message>
        <source>The accuracy of model %1 after the job was not measured.</source>
        <translation>Die Genauigkeit von Modell %1 nach dem Auftrag wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time: the erasure did not damage it.</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig: Die Löschung hat es nicht beeinträchtigt.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job: the erasure did not damage it.</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig, gegenüber %3 vor dem Auftrag: Die Löschung hat es nicht beeinträchtigt.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time and %4 for a model retrained without the records: the erasure did not damage it.</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig, ein ohne die Datensätze neu trainiertes Modell in %4: Die Löschung hat es nicht beeinträchtigt.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job and %4 for a model retrained without the records: the erasure did not damage it.</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig, gegenüber %3 vor dem Auftrag und %4 bei einem ohne die Datensätze neu trainierten Modell: Die Löschung hat es nicht beeinträchtigt.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig: Es hat mehr als 2 Punkte verloren; prüfen Sie, ob es seinen Zweck noch erfüllt (dies ändert das Ergebnis des Falls nicht).</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig, gegenüber %3 vor dem Auftrag: Es hat mehr als 2 Punkte verloren; prüfen Sie, ob es seinen Zweck noch erfüllt (dies ändert das Ergebnis des Falls nicht).</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time and %4 for a model retrained without the records: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig, ein ohne die Datensätze neu trainiertes Modell in %4: Es hat mehr als 2 Punkte verloren; prüfen Sie, ob es seinen Zweck noch erfüllt (dies ändert das Ergebnis des Falls nicht).</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job and %4 for a model retrained without the records: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Auf Daten, auf denen es nie trainiert wurde, liegt Modell %1 in %2 der Fälle richtig, gegenüber %3 vor dem Auftrag und %4 bei einem ohne die Datensätze neu trainierten Modell: Es hat mehr als 2 Punkte verloren; prüfen Sie, ob es seinen Zweck noch erfüllt (dies ändert das Ergebnis des Falls nicht).</translation>
    </message>
    <message>
        <source>Model %1, the exact retrain of %2 (job %3, %4), was still trained on %5 of the subject&apos;s records.</source>
        <translation>Modell %1 (exaktes Neutraining, Auftrag %3, %4; betrifft %2) wurde dennoch auf %5 Datensätzen der betroffenen Person trainiert.</translation>
    </message>
    <message>
        <source>%1 stored copy of %2 or of its training still contain the subject&apos;s records (%3): until they are deleted the records are not erased.</source>
        <translation>%1 gespeicherte Kopie (betrifft %2 oder sein Training) enthält noch Datensätze der betroffenen Person (%3): Solange sie nicht gelöscht ist, sind die Datensätze nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 stored copies of %2 or of its training still contain the subject&apos;s records (%3): until they are deleted the records are not erased.</source>
        <translation>%1 gespeicherte Kopien (betreffen %2 oder sein Training) enthalten noch Datensätze der betroffenen Person (%3): Solange sie nicht gelöscht sind, sind die Datensätze nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 was retrained without the subject&apos;s records (job %2, %3): model %4 never saw them, and no stored copy that did is left.</source>
        <translation>%1 wurde ohne die Datensätze der betroffenen Person neu trainiert (Auftrag %2, %3): Modell %4 hat sie nie gesehen, und keine gespeicherte Kopie, die sie gesehen hat, ist übrig.</translation>
    </message>
    <message>
        <source>%1 was adjusted, not retrained (job %2, %3): model %4 comes from a model that saw the records, so its history cannot prove them gone; its behaviour has to.</source>
        <translation>%1 wurde angepasst, nicht neu trainiert (Auftrag %2, %3): Modell %4 stammt von einem Modell, das die Datensätze gesehen hat; seine Vorgeschichte kann daher nicht beweisen, dass sie entfernt sind – das muss sein Verhalten tun.</translation>
    </message>
    <message>
        <source>%1 was trained on %2 of the subject&apos;s records and no job of this case has handled it yet: the records are still in it.</source>
        <translation>%1 wurde auf %2 Datensätzen der betroffenen Person trainiert, und noch kein Auftrag dieses Falls hat es bearbeitet: Die Datensätze sind noch darin enthalten.</translation>
    </message>
    <message>
        <source>%1 reference model that Lethe trained for the audit still contain the subject&apos;s records; the case&apos;s next forget job deletes them.</source>
        <translation>%1 Referenzmodell, das Lethe für die Prüfung trainiert hat, enthält noch Datensätze der betroffenen Person; der nächste Vergessensauftrag des Falls löscht es.</translation>
    </message>
    <message>
        <source>%1 reference models that Lethe trained for the audit still contain the subject&apos;s records; the case&apos;s next forget job deletes them.</source>
        <translation>%1 Referenzmodelle, die Lethe für die Prüfung trainiert hat, enthalten noch Datensätze der betroffenen Person; der nächste Vergessensauftrag des Falls löscht sie.</translation>
    </message>
    <message>
        <source>Pass: no model Lethe tracks was trained on the subject&apos;s records. Nothing needed to be unlearned.</source>
        <translation>Bestanden: Kein von Lethe erfasstes Modell wurde auf den Datensätzen der betroffenen Person trainiert. Es musste nichts verlernt werden.</translation>
    </message>
    <message>
        <source>Open: %1 of the %2 model that trained on the subject&apos;s records has not been handled yet. The case cannot be answered until every one is.</source>
        <translation>Offen: %1 von %2 Modell, das auf den Datensätzen der betroffenen Person trainiert wurde, ist noch nicht bearbeitet. Der Fall kann erst beantwortet werden, wenn jedes bearbeitet ist.</translation>
    </message>
    <message>
        <source>Open: %1 of the %2 models that trained on the subject&apos;s records has not been handled yet. The case cannot be answered until every one is.</source>
        <translation>Offen: %1 der %2 Modelle, die auf den Datensätzen der betroffenen Person trainiert wurden, ist noch nicht bearbeitet. Der Fall kann erst beantwortet werden, wenn jedes bearbeitet ist.</translation>
    </message>
    <message>
        <source>Open: %1 of the %2 models that trained on the subject&apos;s records have not been handled yet. The case cannot be answered until every one is.</source>
        <translation>Offen: %1 der %2 Modelle, die auf den Datensätzen der betroffenen Person trainiert wurden, sind noch nicht bearbeitet. Der Fall kann erst beantwortet werden, wenn jedes bearbeitet ist.</translation>
    </message>
    <message>
        <source>Open: %1 reference model(s) trained for the audit still hold the records. The case cannot be answered until every one is.</source>
        <translation>Offen: %1 für die Prüfung trainierte(s) Referenzmodell(e) enthält/enthalten noch die Datensätze. Der Fall kann erst beantwortet werden, wenn jedes bereinigt ist.</translation>
    </message>
    <message>
        <source>Fail: for %1 of the %2 model that trained on the subject&apos;s records the evidence shows the records are still there. The request has not been honoured.</source>
        <translation>Nicht bestanden: Für %1 von %2 Modell, das auf den Datensätzen der betroffenen Person trainiert wurde, zeigen die Nachweise, dass die Datensätze noch vorhanden sind. Dem Antrag wurde nicht entsprochen.</translation>
    </message>
    <message>
        <source>Fail: for %1 of the %2 models that trained on the subject&apos;s records the evidence shows the records are still there. The request has not been honoured.</source>
        <translation>Nicht bestanden: Für %1 der %2 Modelle, die auf den Datensätzen der betroffenen Person trainiert wurden, zeigen die Nachweise, dass die Datensätze noch vorhanden sind. Dem Antrag wurde nicht entsprochen.</translation>
    </message>
    <message>
        <source>Pass: every model that trained on the subject&apos;s records was handled, and the lineage or a test strong enough to see them shows the records gone. The erasure request was honoured.</source>
        <translation>Bestanden: Jedes Modell, das auf den Datensätzen der betroffenen Person trainiert wurde, wurde bearbeitet, und die Datenherkunft oder ein ausreichend starker Test zeigt, dass die Datensätze entfernt sind. Dem Löschersuchen wurde entsprochen.</translation>
    </message>
    <message>
        <source>Inconclusive: %1 of the %2 model that trained on the subject&apos;s records are shown free of the records, but for the rest the test was too weak to tell. An exact retrain, or more reference models, would decide.</source>
        <translation>Nicht eindeutig: %1 von %2 Modell, das auf den Datensätzen der betroffenen Person trainiert wurde, ist nachweislich frei von den Datensätzen, für den Rest war der Test jedoch zu schwach. Ein exaktes Neutraining oder mehr Referenzmodelle würden die Frage entscheiden.</translation>
    </message>
    <message>
        <source>Inconclusive: %1 of the %2 models that trained on the subject&apos;s records are shown free of the records, but for the rest the test was too weak to tell. An exact retrain, or more reference models, would decide.</source>
        <translation>Nicht eindeutig: %1 der %2 Modelle, die auf den Datensätzen der betroffenen Person trainiert wurden, sind nachweislich frei von den Datensätzen, für den Rest war der Test jedoch zu schwach. Ein exaktes Neutraining oder mehr Referenzmodelle würden die Frage entscheiden.</translation>
    </message>
    <message>
        <source>Thresholds: fail when a subject&apos;s z ≥ z_fail = %1 (one-sided p = 0.001); pass when not failed and the power z (a model that remembered the subject) ≥ z_power = %2; minimum records per subject %3; otherwise inconclusive (docs/audit.md, Verdicts).</source>
        <translation>Schwellenwerte: nicht bestanden, wenn das z einer betroffenen Person ≥ z_fail = %1 (einseitiges p = 0,001); bestanden, wenn nicht durchgefallen und das z der Teststärke (ein Modell, das sich an die betroffene Person erinnert) ≥ z_power = %2; Mindestzahl an Datensätzen je betroffener Person %3; andernfalls nicht eindeutig (docs/audit.md, Verdicts).</translation>
    </message>
    <message>
        <source>Per-example test against retrained models (U-LiRA style): %1 rejected%2 at α = %3 (n = %4; about %3 if forgotten; ≥ %5 OUT reference model(s) per record)</source>
        <translation>Test je Beispiel gegen neu trainierte Modelle (nach Art von U-LiRA): %1 abgelehnt%2 bei α = %3 (n = %4; etwa %3, falls vergessen; ≥ %5 OUT-Referenzmodell(e) je Datensatz)</translation>
    </message>
    <message>
        <source>NeurIPS 2023 forgetting quality F = %1 (ε mean %2, median %3, max %4; n = %5; %6 retrained, %7 unlearned model(s))</source>
        <translation>Vergessensqualität nach NeurIPS 2023 F = %1 (ε Mittelwert %2, Median %3, Max. %4; n = %5; %6 neu trainierte, %7 verlernte(s) Modell(e))</translation>
    </message>
    <message>
        <source>MIA-Efficacy (SalUn; RBF SVC on the confidence): %1%2 (n = %3 forget records; fitted on %4 retained vs %5 test)</source>
        <translation>MIA-Efficacy (SalUn; RBF-SVC auf der Konfidenz): %1%2 (n = %3 Datensätze der Vergessensmenge; angepasst auf %4 behaltene vs. %5 Test)</translation>
    </message>
    <message>
        <source>MIA-Efficacy: not computed (no forget or no retained records)</source>
        <translation>MIA-Efficacy: nicht berechnet (keine Datensätze der Vergessensmenge oder keine behaltenen Datensätze)</translation>
    </message>
    <message>
        <source>Reference pool %1: K = %2 models, seed %3, ≥ %4 IN and ≥ %5 OUT per record; config matches the audited model: %6</source>
        <translation>Referenzpool %1: K = %2 Modelle, Seed %3, ≥ %4 IN und ≥ %5 OUT je Datensatz; Konfiguration entspricht dem geprüften Modell: %6</translation>
    </message>
    <message>
        <source>No reference pool (%1): LiRA, RMIA and the per-example test were not run</source>
        <translation>Kein Referenzpool (%1): LiRA, RMIA und der Test je Beispiel wurden nicht ausgeführt</translation>
    </message>
    <message>
        <source>Intervals: %1% percentile bootstrap, %2 resamples, seed %3 (salted per attack)</source>
        <translation>Intervalle: %1-%-Perzentil-Bootstrap, %2 Stichprobenwiederholungen, Seed %3 (je Angriff gesalzen)</translation>
    </message>
    <message>
        <source>Retained control: %1 of %2 retained record(s) flagged as more exposed after unlearning</source>
        <translation>Kontrolle der behaltenen Daten: %1 von %2 behaltenen Datensätzen nach dem Verlernen als stärker exponiert markiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case verdict:&lt;/b&gt; no case selected</source>
        <translation>&lt;b&gt;Befund zum Fall:&lt;/b&gt; kein Fall ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case verdict: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Befund zum Fall: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NICHT EINDEUTIG</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>refused (Art. 12(4))</source>
        <translation>abgelehnt (Art. 12 Abs. 4)</translation>
    </message>
    <message>
        <source>extended (Art. 12(3))</source>
        <translation>verlängert (Art. 12 Abs. 3)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>purging</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>monolithic</source>
        <translation>monolithisch</translation>
    </message>
    <message>
        <source>SISA ensemble</source>
        <translation>SISA-Ensemble</translation>
    </message>
    <message>
        <source>shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>unlearned</source>
        <translation>verlernt</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximativ</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>zertifiziert</translation>
    </message>
    <message>
        <source>building</source>
        <translation>im Aufbau</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s) still look like members (z ≥ z_fail)</source>
        <translation>
            <numerusform>%Ln betroffene Person sieht noch wie ein Mitglied aus (z ≥ z_fail)</numerusform>
            <numerusform>%Ln betroffene Personen sehen noch wie Mitglieder aus (z ≥ z_fail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s) have no reference model that trained on them (erased records are OUT for every model): the power of the test is unavailable, so they cannot pass</source>
        <translation>
            <numerusform>%Ln betroffene Person hat kein Referenzmodell, das mit ihren Daten trainiert wurde (gelöschte Datensätze sind für jedes Modell OUT): Die Teststärke ist nicht verfügbar, daher kann sie nicht bestehen</numerusform>
            <numerusform>%Ln betroffene Personen haben kein Referenzmodell, das mit ihren Daten trainiert wurde (gelöschte Datensätze sind für jedes Modell OUT): Die Teststärke ist nicht verfügbar, daher können sie nicht bestehen</numerusform>
        </translation>
    </message>
    <message>
        <source>for some subjects even a model that trained on them would not reach z_power: the test cannot tell (more reference models or more records needed)</source>
        <translation>bei einigen betroffenen Personen würde selbst ein Modell, das mit ihren Daten trainiert wurde, z_power nicht erreichen: Der Test kann es nicht unterscheiden (mehr Referenzmodelle oder mehr Datensätze nötig)</translation>
    </message>
    <message>
        <source>for some subjects the model before unlearning did not reach z_power either: the test cannot tell</source>
        <translation>bei einigen betroffenen Personen erreichte auch das Modell vor dem Verlernen z_power nicht: Der Test kann es nicht unterscheiden</translation>
    </message>
    <message>
        <source>no reference pool and no before-audit: nothing shows the test could have seen a remembered subject</source>
        <translation>kein Referenzpool und keine Vorher-Prüfung: Nichts zeigt, dass der Test eine noch erinnerte betroffene Person hätte erkennen können</translation>
    </message>
    <message numerus="yes">
        <source>%Ln retained record(s) became more exposed after unlearning (the control)</source>
        <translation>
            <numerusform>%Ln behaltener Datensatz ist nach dem Verlernen stärker exponiert (die Kontrolle)</numerusform>
            <numerusform>%Ln behaltene Datensätze sind nach dem Verlernen stärker exponiert (die Kontrolle)</numerusform>
        </translation>
    </message>
    <message>
        <source>LiRA offline z of each forget record against %1 reference models (OUT = retrained without the subject), combined per subject (Stouffer, divided by the root of the design effect the OUT models show for the subject&apos;s records); power from the IN reference models</source>
        <translation>LiRA-offline-z jedes Datensatzes der Vergessensmenge gegen %1 Referenzmodelle (OUT = ohne die betroffene Person neu trainiert), je betroffener Person kombiniert (Stouffer, geteilt durch die Wurzel des Designeffekts, den die OUT-Modelle für die Datensätze der Person zeigen); Teststärke aus den IN-Referenzmodellen</translation>
    </message>
    <message>
        <source>loss-attack exposure percentile among test records, as z, combined per subject (Stouffer); power from the before-audit</source>
        <translation>Expositions-Perzentil des Verlust-Angriffs unter den Testdatensätzen, als z, je betroffener Person kombiniert (Stouffer); Teststärke aus der Vorher-Prüfung</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>As stored, in English: </source>
        <translation>Gespeichert, auf Englisch: </translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>AUC %1; TPR %2 at FPR ≤ 1% (reached %3)</source>
        <translation>AUC %1; TPR %2 bei FPR ≤ 1 % (erreicht %3)</translation>
    </message>
    <message>
        <source>ok: %1 log entries, %2 files, %3 audits re-hashed</source>
        <translation>in Ordnung: %1 Protokolleinträge, %2 Dateien, %3 Prüfungen neu gehasht</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>no complete reference pool matches this model&apos;s training configuration; build one with Job &gt; Reference models… or lethe references build</source>
        <translation>kein vollständiger Referenzpool passt zur Trainingskonfiguration dieses Modells; einen bauen mit Auftrag &gt; Referenzmodelle… oder lethe references build</translation>
    </message>
    <message>
        <source>reading the case&apos;s lineage</source>
        <translation>lese die Datenherkunft des Falls</translation>
    </message>
    <message>
        <source>drawing the plots</source>
        <translation>zeichne die Diagramme</translation>
    </message>
    <message>
        <source>laying out the PDF</source>
        <translation>setze das PDF</translation>
    </message>
    <message>
        <source>writing the report</source>
        <translation>schreibe den Bericht</translation>
    </message>
    <message>
        <source>writing the PDF</source>
        <translation>schreibe das PDF</translation>
    </message>
    <message>
        <source>signing and writing the bundle</source>
        <translation>signiere und schreibe das Paket</translation>
    </message>
    <message>
        <source>verifying the project (audit log, artifacts, audits)</source>
        <translation>prüfe das Projekt (Prüfprotokoll, Artefakte, Prüfungen)</translation>
    </message>
    <message>
        <source>reading the job&apos;s lineage</source>
        <translation>lese die Datenherkunft des Auftrags</translation>
    </message>
    <message>
        <source>%1, shard %2/%3</source>
        <translation>%1, Shard %2/%3</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>copying Fashion-MNIST into the project</source>
        <translation>kopiere Fashion-MNIST in das Projekt</translation>
    </message>
    <message>
        <source>hashing records</source>
        <translation>berechne die Hashes der Datensätze</translation>
    </message>
    <message>
        <source>verifying record hashes</source>
        <translation>prüfe die Hashes der Datensätze</translation>
    </message>
    <message>
        <source>writing the case report</source>
        <translation>schreibe den Fallbericht</translation>
    </message>
    <message>
        <source>verifying the project</source>
        <translation>prüfe das Projekt</translation>
    </message>
    <message>
        <source>gradient ascent on the forget set</source>
        <translation>Gradientenaufstieg auf der Vergessensmenge</translation>
    </message>
    <message>
        <source>certified removal</source>
        <translation>zertifizierte Entfernung</translation>
    </message>
    <message>
        <source>certified removal: features</source>
        <translation>zertifizierte Entfernung: Merkmale</translation>
    </message>
    <message>
        <source>certified removal: Newton solve</source>
        <translation>zertifizierte Entfernung: Newton-Schritt</translation>
    </message>
    <message>
        <source>Fisher information</source>
        <translation>Fisher-Information</translation>
    </message>
    <message>
        <source>Fisher noise</source>
        <translation>Fisher-Rauschen</translation>
    </message>
    <message>
        <source>Bad Teacher distillation</source>
        <translation>Bad-Teacher-Destillation</translation>
    </message>
    <message>
        <source>l1-sparse fine-tuning</source>
        <translation>L1-dünnbesetztes Nachtrainieren</translation>
    </message>
    <message>
        <source>random-label training</source>
        <translation>Training mit zufälligen Klassen</translation>
    </message>
    <message>
        <source>SalUn (masked random-label training)</source>
        <translation>SalUn (maskiertes Training mit zufälligen Klassen)</translation>
    </message>
    <message>
        <source>amnesiac repair fine-tuning</source>
        <translation>Amnesiac: reparierendes Nachtrainieren</translation>
    </message>
    <message>
        <source>fine-tuning on retained records</source>
        <translation>Nachtrainieren auf den behaltenen Datensätzen</translation>
    </message>
    <message>
        <source>training shard %1/%2, stage %3/%4</source>
        <translation>trainiere Shard %1/%2, Stufe %3/%4</translation>
    </message>
    <message>
        <source>reference pool for model %1</source>
        <translation>Referenzpool für Modell %1</translation>
    </message>
    <message>
        <source>scoring reference model %1</source>
        <translation>bewerte Referenzmodell %1</translation>
    </message>
    <message>
        <source>forgetting subject %1 from model %2 with %3</source>
        <translation>vergesse betroffene Person %1 aus Modell %2 mit %3</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 done, %3 running, %4 pending, %5 failed and running again</source>
        <translation>Slurm-Auftrag %1: %2 fertig, %3 laufen, %4 wartend, %5 fehlgeschlagen und erneut gestartet</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 done, %3 running, %4 pending</source>
        <translation>Slurm-Auftrag %1: %2 fertig, %3 laufen, %4 wartend</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lese %1</translation>
    </message>
</context>
<context>
    <name>lethe::ui::CaseDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>Fall %1 bearbeiten</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>e.g. DPO-2025-0002</source>
        <translation>z. B. DPO-2025-0002</translation>
    </message>
    <message>
        <source>the subject&apos;s pseudonym (never a real identity)</source>
        <translation>das Pseudonym der betroffenen Person (niemals eine reale Identität)</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Fallreferenz:</translation>
    </message>
    <message>
        <source>Subject pseudonym:</source>
        <translation>Pseudonym der betroffenen Person:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Eingegangen:</translation>
    </message>
    <message>
        <source>Art. 17(1) ground:</source>
        <translation>Grund nach Art. 17 Abs. 1:</translation>
    </message>
</context>
<context>
    <name>lethe::ui::CasesModel</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Rechtsgrund</translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n month(s) (Art. 12(3)); first deadline %1</source>
        <translation>
            <numerusform>Um %n Monat verlängert (Art. 12 Abs. 3); ursprüngliche Frist %1</numerusform>
            <numerusform>Um %n Monate verlängert (Art. 12 Abs. 3); ursprüngliche Frist %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 month(s) from receipt, extendable by %3</source>
        <translation>%1: %2 Monat(e) ab Eingang, verlängerbar um %3</translation>
    </message>
    <message>
        <source>
closed over open findings: %1</source>
        <translation>
trotz offener Feststellungen abgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (noch %n Tag)</numerusform>
            <numerusform>%1 (noch %n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::CasesPanel</name>
    <message>
        <source>New case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <source>Answer the case: your decision, with a note (the software never closes a case)</source>
        <translation>Den Fall beantworten: Ihre Entscheidung, mit einem Vermerk (die Software schließt niemals selbst einen Fall ab)</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
    <message>
        <source>Art. 12(3): extend the deadline by up to two further months, with the reason</source>
        <translation>Art. 12 Abs. 3: die Frist unter Angabe der Gründe um höchstens zwei weitere Monate verlängern</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Art. 12(4): refuse the request, with the reason</source>
        <translation>Art. 12 Abs. 4: den Antrag unter Angabe der Gründe ablehnen</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Zeitverlauf…</translation>
    </message>
    <message>
        <source>The case&apos;s history from the audit log: jobs, audits, reports and decisions</source>
        <translation>Der Verlauf des Falls aus dem Prüfprotokoll: Aufträge, Prüfungen, Berichte und Entscheidungen</translation>
    </message>
    <message>
        <source>Timeline of case %1</source>
        <translation>Zeitverlauf von Fall %1</translation>
    </message>
    <message numerus="yes">
        <source>Case &lt;b&gt;%1&lt;/b&gt;, subject %2: %n event(s) from the audit log, oldest first.</source>
        <translation>
            <numerusform>Fall &lt;b&gt;%1&lt;/b&gt;, betroffene Person %2: %n Ereignis aus dem Prüfprotokoll, älteste zuerst.</numerusform>
            <numerusform>Fall &lt;b&gt;%1&lt;/b&gt;, betroffene Person %2: %n Ereignisse aus dem Prüfprotokoll, älteste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>%1
(audit-log entry %2)</source>
        <translation>%1
(Eintrag %2 im Prüfprotokoll)</translation>
    </message>
    <message>
        <source>Case not created</source>
        <translation>Fall nicht angelegt</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Fall nicht gespeichert</translation>
    </message>
    <message>
        <source>Case not closed</source>
        <translation>Fall nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Case %1 answered</source>
        <translation>Fall %1 beantwortet</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Frist verlängern</translation>
    </message>
    <message>
        <source>Case %1 is already extended by %2 month(s), the most the rule allows.</source>
        <translation>Fall %1 ist bereits um %2 Monat(e) verlängert, das Höchstmaß, das die Regelung zulässt.</translation>
    </message>
    <message>
        <source>Extend case %1 by how many months (Art. 12(3))?</source>
        <translation>Um wie viele Monate soll Fall %1 verlängert werden (Art. 12 Abs. 3)?</translation>
    </message>
    <message>
        <source>Reason (the subject is told within the first month):</source>
        <translation>Begründung (die betroffene Person wird innerhalb des ersten Monats unterrichtet):</translation>
    </message>
    <message>
        <source>Deadline not extended</source>
        <translation>Frist nicht verlängert</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Antrag ablehnen</translation>
    </message>
    <message>
        <source>Why is case %1 refused (Art. 12(4))? The subject is told.</source>
        <translation>Warum wird Fall %1 abgelehnt (Art. 12 Abs. 4)? Die betroffene Person wird unterrichtet.</translation>
    </message>
    <message>
        <source>Request not refused</source>
        <translation>Antrag nicht abgelehnt</translation>
    </message>
    <message>
        <source>before the forget job</source>
        <translation>vor dem Vergessensauftrag</translation>
    </message>
    <message>
        <source>after the forget job</source>
        <translation>nach dem Vergessensauftrag</translation>
    </message>
    <message>
        <source>on its own</source>
        <translation>eigenständig</translation>
    </message>
</context>
<context>
    <name>lethe::ui::CloseCaseDialog</name>
    <message>
        <source>Close case %1</source>
        <translation>Fall %1 abschließen</translation>
    </message>
    <message>
        <source>Closing marks the case &lt;b&gt;answered&lt;/b&gt;: you decide that the request was honoured and record what the subject is told. The audit log keeps your note.</source>
        <translation>Der Abschluss kennzeichnet den Fall als &lt;b&gt;beantwortet&lt;/b&gt;: Sie entscheiden, dass dem Antrag entsprochen wurde, und halten fest, was der betroffenen Person mitgeteilt wird. Das Prüfprotokoll bewahrt Ihren Vermerk.</translation>
    </message>
    <message>
        <source>What was done, and what the subject is told</source>
        <translation>Was getan wurde und was der betroffenen Person mitgeteilt wird</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n finding(s) are still open:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Feststellung ist noch offen:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Feststellungen sind noch offen:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>To close anyway, give the reason for the override; it is recorded.</source>
        <translation>Um dennoch abzuschließen, geben Sie den Grund für die Übersteuerung an; er wird protokolliert.</translation>
    </message>
    <message>
        <source>Reason for closing over open findings</source>
        <translation>Grund für den Abschluss trotz offener Feststellungen</translation>
    </message>
    <message>
        <source>Redact the subject&apos;s raw records from this project&apos;s copies</source>
        <translation>Rohdatensätze der betroffenen Person in den Kopien dieses Projekts schwärzen</translation>
    </message>
    <message>
        <source>Lethe keeps no personal data it no longer needs: the records&apos; rows are zeroed in the project&apos;s dataset files (images removed). Their hashes, scores and the reports stay, and the redaction is logged.</source>
        <translation>Lethe bewahrt keine personenbezogenen Daten auf, die es nicht mehr benötigt: Die Zeilen der Datensätze werden in den Datensatzdateien des Projekts genullt (Bilder entfernt). Ihre Hashwerte, Werte und die Berichte bleiben erhalten, und die Schwärzung wird protokolliert.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fall abschließen</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ExposureTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Φ(LiRA offline z): how far the audited model&apos;s confidence on the record lies above what models that never saw it give (0.5 = like them; near 1 = still remembered)</source>
        <translation>Φ(LiRA offline z): wie weit die Konfidenz des geprüften Modells für den Datensatz über dem Wert liegt, den Modelle ergeben, die ihn nie gesehen haben (0,5 = wie diese; nahe 1 = noch erinnert)</translation>
    </message>
    <message>
        <source>The loss attack&apos;s percentile of the record among the test records (0.5 = like an unseen record; near 1 = lower loss than almost every test record)</source>
        <translation>Das Perzentil des Datensatzes beim Verlustangriff unter den Testdatensätzen (0,5 = wie ein ungesehener Datensatz; nahe 1 = geringerer Verlust als fast jeder Testdatensatz)</translation>
    </message>
    <message>
        <source>The same exposure in the other audit of the job (the model before unlearning)</source>
        <translation>Dieselbe Exposition in der anderen Prüfung des Auftrags (das Modell vor dem Verlernen)</translation>
    </message>
    <message>
        <source>LiRA offline z = (φ − μ_out) / σ_out on the logit-scaled confidence</source>
        <translation>LiRA offline z = (φ − μ_out) / σ_out auf der logit-skalierten Konfidenz</translation>
    </message>
    <message>
        <source>LiRA online: log N(φ; μ_in, σ_in) − log N(φ; μ_out, σ_out)</source>
        <translation>LiRA online: log N(φ; μ_in, σ_in) − log N(φ; μ_out, σ_out)</translation>
    </message>
    <message>
        <source>RMIA: fraction of population records the record dominates (γ = 1)</source>
        <translation>RMIA: Anteil der Populationsdatensätze, die der Datensatz dominiert (γ = 1)</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>betroffene Person</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>exposure before</source>
        <translation>Exposition vorher</translation>
    </message>
    <message>
        <source>LiRA offline z</source>
        <translation>LiRA offline z</translation>
    </message>
    <message>
        <source>LiRA online</source>
        <translation>LiRA online</translation>
    </message>
    <message>
        <source>RMIA</source>
        <translation>RMIA</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ExposureView</name>
    <message>
        <source>%1 of %2 retained records more exposed after unlearning</source>
        <translation>%1 von %2 behaltenen Datensätzen nach dem Verlernen stärker exponiert</translation>
    </message>
    <message>
        <source>Select a record to show it in the lineage browser&apos;s detail pane; double-click to go there</source>
        <translation>Wählen Sie einen Datensatz, um ihn im Detailbereich des Herkunftsbrowsers anzuzeigen; Doppelklick wechselt dorthin</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>Slice</translation>
    </message>
    <message>
        <source>n members / non-members</source>
        <translation>n Mitglieder / Nichtmitglieder</translation>
    </message>
    <message>
        <source>AUC after [95% CI]</source>
        <translation>AUC nachher [95-%-KI]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR after [95% CI]</source>
        <translation>TPR bei 1 % FPR nachher [95-%-KI]</translation>
    </message>
    <message>
        <source>AUC before [95% CI]</source>
        <translation>AUC vorher [95-%-KI]</translation>
    </message>
    <message>
        <source>retained record</source>
        <translation>behaltener Datensatz</translation>
    </message>
    <message>
        <source>exposure before</source>
        <translation>Exposition vorher</translation>
    </message>
    <message>
        <source>exposure after</source>
        <translation>Exposition nachher</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>Most exposed forget records</source>
        <translation>Am stärksten exponierte Datensätze der Vergessensmenge</translation>
    </message>
    <message>
        <source>The attack by slice (the Attack selector above chooses it)</source>
        <translation>Der Angriff je Slice (die Auswahl „Angriff“ oben bestimmt ihn)</translation>
    </message>
    <message>
        <source>Retained records (control)</source>
        <translation>Behaltene Datensätze (Kontrolle)</translation>
    </message>
    <message>
        <source>No forget job shown.</source>
        <translation>Kein Vergessensauftrag angezeigt.</translation>
    </message>
    <message>
        <source>Job %1 has no audits (it ran with auditing off, or stopped before its audit): no per-record exposure.</source>
        <translation>Auftrag %1 hat keine Prüfungen (er lief mit ausgeschalteter Prüfung oder wurde vor seiner Prüfung beendet): keine Exposition je Datensatz.</translation>
    </message>
    <message>
        <source>The %1 has no per-record exposure (an audit from before issue 5): audit the job again with &lt;tt&gt;lethe audit --job %2&lt;/tt&gt;.</source>
        <translation>Die %1 enthält keine Exposition je Datensatz (eine Prüfung aus der Zeit vor Issue 5): Prüfen Sie den Auftrag erneut mit &lt;tt&gt;lethe audit --job %2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>after-audit</source>
        <translation>Nachher-Prüfung</translation>
    </message>
    <message>
        <source>before-audit</source>
        <translation>Vorher-Prüfung</translation>
    </message>
    <message>
        <source>The audit had no forget records: nothing to rank.</source>
        <translation>Die Prüfung hatte keine Datensätze der Vergessensmenge: nichts zu ordnen.</translation>
    </message>
    <message>
        <source> Ranked by the after-audit; the before-audit&apos;s exposure beside it.</source>
        <translation> Geordnet nach der Nachher-Prüfung; die Exposition der Vorher-Prüfung daneben.</translation>
    </message>
    <message>
        <source> No before-audit: the model before unlearning was not audited.</source>
        <translation> Keine Vorher-Prüfung: Das Modell vor dem Verlernen wurde nicht geprüft.</translation>
    </message>
    <message>
        <source> Only the before-audit exists (no after-audit yet): ranked by it.</source>
        <translation> Nur die Vorher-Prüfung ist vorhanden (noch keine Nachher-Prüfung): danach geordnet.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The per-record scores could not be read: %1</source>
        <translation>&lt;br&gt;Die Werte je Datensatz konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No slices in the audit (an audit from before issue 5, or no forget records).</source>
        <translation>Keine Slices in der Prüfung (eine Prüfung aus der Zeit vor Issue 5 oder keine Datensätze der Vergessensmenge).</translation>
    </message>
    <message>
        <source>The %1 attack on each class and on correctly / wrongly classified records alone (forget records of the slice vs test records of the slice); an interval spanning 0.5 cannot tell the slice from chance. Empty slices show n only.</source>
        <translation>Der Angriff %1 allein auf jede Klasse und auf richtig / falsch klassifizierte Datensätze (Datensätze der Vergessensmenge im Slice vs. Testdatensätze im Slice); ein Intervall, das 0,5 einschließt, kann den Slice nicht vom Zufall unterscheiden. Leere Slices zeigen nur n.</translation>
    </message>
    <message>
        <source> This audit has no slices of the %1 attack (an older audit, or an attack without a score for every record): the %2 attack is shown.</source>
        <translation> Diese Prüfung enthält keine Slices des Angriffs %1 (eine ältere Prüfung oder ein Angriff ohne Wert für jeden Datensatz): Der Angriff %2 wird angezeigt.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>correctly classified</source>
        <translation>richtig klassifiziert</translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation>falsch klassifiziert</translation>
    </message>
    <message>
        <source>– (empty slice)</source>
        <translation>– (leerer Slice)</translation>
    </message>
    <message>
        <source>The after-audit has no retained-records control (an audit from before issue 5).</source>
        <translation>Die Nachher-Prüfung enthält keine Kontrolle der behaltenen Datensätze (eine Prüfung aus der Zeit vor Issue 5).</translation>
    </message>
    <message>
        <source>No after-audit: the retained-records control compares the after-audit with the before-audit.</source>
        <translation>Keine Nachher-Prüfung: Die Kontrolle der behaltenen Datensätze vergleicht die Nachher-Prüfung mit der Vorher-Prüfung.</translation>
    </message>
    <message>
        <source>No before-audit to compare with: the control flags retained records whose exposure rose after unlearning, so it needs the model before unlearning audited too.</source>
        <translation>Keine Vorher-Prüfung zum Vergleich: Die Kontrolle markiert behaltene Datensätze, deren Exposition nach dem Verlernen gestiegen ist; dazu muss auch das Modell vor dem Verlernen geprüft worden sein.</translation>
    </message>
    <message>
        <source> (loss-attack exposure percentile among test records rose by ≥ %1 to ≥ %2; compared with audit %3; Hayes et al. 2025: unlearning can expose retained records).</source>
        <translation> (Expositionsperzentil des Verlustangriffs unter den Testdatensätzen stieg um ≥ %1 auf ≥ %2; verglichen mit Prüfung %3; Hayes et al. 2025: Verlernen kann behaltene Datensätze exponieren).</translation>
    </message>
    <message>
        <source> The first %1 are listed.</source>
        <translation> Die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>unknown error while reading the attack scores</source>
        <translation>unbekannter Fehler beim Lesen der Angriffswerte</translation>
    </message>
</context>
<context>
    <name>lethe::ui::FeatureWorker</name>
    <message>
        <source>unknown error while reading the record</source>
        <translation>unbekannter Fehler beim Lesen des Datensatzes</translation>
    </message>
</context>
<context>
    <name>lethe::ui::JobWorker</name>
    <message>
        <source>unknown error in the worker thread</source>
        <translation>unbekannter Fehler im Hintergrund-Thread</translation>
    </message>
</context>
<context>
    <name>lethe::ui::LineageBrowser</name>
    <message>
        <source>Search subjects by pseudonym…</source>
        <translation>Betroffene Personen nach Pseudonym suchen…</translation>
    </message>
    <message>
        <source>Add subject to basket</source>
        <translation>Betroffene Person in den Korb</translation>
    </message>
    <message>
        <source>Put every record of the selected subject into the selection basket</source>
        <translation>Alle Datensätze der ausgewählten betroffenen Person in den Auswahlkorb legen</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Browse every record of the project, not only one subject&apos;s</source>
        <translation>Alle Datensätze des Projekts durchsuchen, nicht nur die einer betroffenen Person</translation>
    </message>
    <message>
        <source>every split</source>
        <translation>jede Aufteilung</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <source>Add selected records</source>
        <translation>Ausgewählte Datensätze hinzufügen</translation>
    </message>
    <message>
        <source>Put the selected rows into the selection basket</source>
        <translation>Die ausgewählten Zeilen in den Auswahlkorb legen</translation>
    </message>
    <message>
        <source>Filter, e.g. label = 3 and source = &apos;demo-app&apos;</source>
        <translation>Filter, z. B. label = 3 and source = &apos;demo-app&apos;</translation>
    </message>
    <message>
        <source>Fields: id, label, split, source, subject, collected_at, dataset, row; operators = != &lt; &lt;= &gt; &gt;=; conditions joined by &apos;and&apos;</source>
        <translation>Felder: id, label, split, source, subject, collected_at, dataset, row; Operatoren = != &lt; &lt;= &gt; &gt;=; Bedingungen mit &apos;and&apos; verknüpft</translation>
    </message>
    <message>
        <source>Add by filter</source>
        <translation>Per Filter hinzufügen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>betroffene Person %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of %1</source>
        <translation>
            <numerusform>%Ln Datensatz von %1</numerusform>
            <numerusform>%Ln Datensätze von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a subject first</source>
        <translation>Wählen Sie zuerst eine betroffene Person aus</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln record(s) of %1 to the basket</source>
        <translation>
            <numerusform>%Ln Datensatz von %1 in den Korb gelegt</numerusform>
            <numerusform>%Ln Datensätze von %1 in den Korb gelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select records in the table first</source>
        <translation>Wählen Sie zuerst Datensätze in der Tabelle aus</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <translation>Filter „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The filter matched %Ln record(s)</source>
        <translation>
            <numerusform>Der Filter hat %Ln Datensatz gefunden</numerusform>
            <numerusform>Der Filter hat %Ln Datensätze gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::MainWindow</name>
    <message>
        <source>Lethe workbench</source>
        <translation>Lethe-Werkbank</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>Her&amp;kunft</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Basket and run</source>
        <translation>Korb und Ausführung</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lethe</source>
        <translation>Ü&amp;ber Lethe</translation>
    </message>
    <message>
        <source>About Lethe</source>
        <translation>Über Lethe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lethe&lt;/b&gt; %1: a workbench for auditing machine unlearning (GDPR Art. 17).</source>
        <translation>&lt;b&gt;Lethe&lt;/b&gt; %1: eine Werkbank zur Prüfung des maschinellen Verlernens (Art. 17 DSGVO).</translation>
    </message>
    <message>
        <source>Job %1 done: see the results; File &gt; Export report writes the PDF</source>
        <translation>Auftrag %1 abgeschlossen: siehe Ergebnisse; Datei &gt; Bericht exportieren erstellt das PDF</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>Der Auftrag ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>Auftrag abgebrochen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Lethe project folder (it holds lineage.sqlite)</source>
        <translation>Einen Lethe-Projektordner öffnen (er enthält lineage.sqlite)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Build demo project…</source>
        <translation>&amp;Demoprojekt erstellen…</translation>
    </message>
    <message>
        <source>Folder for the demo project (created inside)</source>
        <translation>Ordner für das Demoprojekt (wird darin angelegt)</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the PDF compliance report of the job shown in Results</source>
        <translation>Den PDF-Konformitätsbericht des unter „Ergebnisse“ angezeigten Auftrags schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Confirmations and the deadline rule for new cases</source>
        <translation>Bestätigungen und die Fristregel für neue Fälle</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>Auf&amp;trag</translation>
    </message>
    <message>
        <source>&amp;Start forgetting</source>
        <translation>&amp;Vergessen starten</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Investigate case…</source>
        <translation>Fall &amp;untersuchen…</translation>
    </message>
    <message>
        <source>The whole selected case in one go: reference models, a forget job for every model that trained on the subject, audits, and the report</source>
        <translation>Den gesamten ausgewählten Fall in einem Durchgang: Referenzmodelle, ein Vergessensauftrag für jedes Modell, das auf der betroffenen Person trainiert wurde, Prüfungen und der Bericht</translation>
    </message>
    <message>
        <source>Export &amp;evidence bundle…</source>
        <translation>&amp;Nachweispaket exportieren…</translation>
    </message>
    <message>
        <source>The selected case&apos;s signed evidence bundle: its reports, every figure with the score tables behind it and the audit log, for lethe verify-bundle</source>
        <translation>Das signierte Nachweispaket des ausgewählten Falls: seine Berichte, jede Abbildung mit den zugrunde liegenden Wertetabellen und das Prüfprotokoll, für lethe verify-bundle</translation>
    </message>
    <message>
        <source>Re&amp;ference models…</source>
        <translation>&amp;Referenzmodelle…</translation>
    </message>
    <message>
        <source>Build the reference-model pool that LiRA, RMIA and the per-subject verdicts use</source>
        <translation>Den Referenzmodell-Pool erstellen, den LiRA, RMIA und die personenbezogenen Befunde verwenden</translation>
    </message>
    <message>
        <source>&amp;Refresh views</source>
        <translation>Ansichten a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find subject</source>
        <translation>Betroffene Person &amp;finden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>Projekt nicht geöffnet</translation>
    </message>
    <message>
        <source>A job is running; wait for it or cancel it first.</source>
        <translation>Ein Auftrag läuft; warten Sie ihn ab oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Lethe workbench</source>
        <translation>%1 — Lethe-Werkbank</translation>
    </message>
    <message>
        <source>%1 · %2 subjects · %3 records</source>
        <translation>%1 · %2 betroffene Personen · %3 Datensätze</translation>
    </message>
    <message>
        <source>Recovered from an earlier crash: %1 job(s) marked interrupted, %2 file(s) cleaned, %3 purge(s) completed</source>
        <translation>Nach einem früheren Absturz wiederhergestellt: %1 Auftrag/Aufträge als unterbrochen markiert, %2 Datei(en) bereinigt, %3 Löschung(en) abgeschlossen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Completed a redaction an interruption had left unfinished (%Ln record(s))</source>
        <translation>
            <numerusform>Eine durch eine Unterbrechung unvollständig gebliebene Schwärzung wurde abgeschlossen (%Ln Datensatz)</numerusform>
            <numerusform>Eine durch eine Unterbrechung unvollständig gebliebene Schwärzung wurde abgeschlossen (%Ln Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redaction not completed</source>
        <translation>Schwärzung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Other users can read this project</source>
        <translation>Andere Benutzer können dieses Projekt lesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;This project holds personal data, and other users of this machine can read it:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Run &lt;tt&gt;lethe share --project %2 --private&lt;/tt&gt; to make it yours alone, or share it with a group on purpose (&lt;tt&gt;--group NAME&lt;/tt&gt;); see docs/security.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Projekt enthält personenbezogene Daten, und andere Benutzer dieses Rechners können sie lesen:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Führen Sie &lt;tt&gt;lethe share --project %2 --private&lt;/tt&gt; aus, damit nur Sie darauf zugreifen können, oder geben Sie es bewusst für eine Gruppe frei (&lt;tt&gt;--group NAME&lt;/tt&gt;); siehe docs/security.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Lethe project</source>
        <translation>Ein Lethe-Projekt öffnen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Nothing to investigate</source>
        <translation>Nichts zu untersuchen</translation>
    </message>
    <message>
        <source>Open a project and select a case first.</source>
        <translation>Öffnen Sie zuerst ein Projekt und wählen Sie einen Fall aus.</translation>
    </message>
    <message>
        <source>Investigation not started</source>
        <translation>Untersuchung nicht gestartet</translation>
    </message>
    <message>
        <source>A job is running; start the investigation when it is done.</source>
        <translation>Ein Auftrag läuft; starten Sie die Untersuchung, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>Modell %1 (%2)</translation>
    </message>
    <message>
        <source>Investigate case %1</source>
        <translation>Fall %1 untersuchen</translation>
    </message>
    <message>
        <source>Lethe will build %1 reference models for each model in scope, forget subject %2 from %3, audit each model before and after, and write the report.

Afterwards the files of every model, checkpoint and reference model that trained on the subject&apos;s records are deleted (the deletions are logged). The case stays open for your decision.</source>
        <translation>Lethe wird für jedes betroffene Modell %1 Referenzmodelle erstellen, betroffene Person %2 aus %3 vergessen, jedes Modell vorher und nachher prüfen und den Bericht schreiben.

Anschließend werden die Dateien jedes Modells, Checkpoints und Referenzmodells, die auf den Datensätzen der betroffenen Person trainiert wurden, gelöscht (die Löschungen werden protokolliert). Der Fall bleibt für Ihre Entscheidung offen.</translation>
    </message>
    <message>
        <source>no model (every one is handled)</source>
        <translation>kein Modell (alle sind bearbeitet)</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 investigated: %n job(s), case verdict %2</source>
        <translation>
            <numerusform>Fall %1 untersucht: %n Auftrag, Befund zum Fall %2</numerusform>
            <numerusform>Fall %1 untersucht: %n Aufträge, Befund zum Fall %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Investigating case %1…</source>
        <translation>Fall %1 wird untersucht…</translation>
    </message>
    <message>
        <source>Reference pool ready: the next audit of the model it serves uses it; Re-audit brings it to the job shown</source>
        <translation>Referenzpool bereit: Die nächste Prüfung des zugehörigen Modells verwendet ihn; „Auftrag neu prüfen“ wendet ihn auf den angezeigten Auftrag an</translation>
    </message>
    <message>
        <source>Reference models</source>
        <translation>Referenzmodelle</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>Open a project and select a case, or show a forget job in Results, first.</source>
        <translation>Öffnen Sie zuerst ein Projekt und wählen Sie einen Fall aus oder zeigen Sie einen Vergessensauftrag unter „Ergebnisse“ an.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>A job is running; export the report when it is done.</source>
        <translation>Ein Auftrag läuft; exportieren Sie den Bericht, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Report written to %1 (case verdict %2)</source>
        <translation>Bericht nach %1 geschrieben (Befund zum Fall %2)</translation>
    </message>
    <message>
        <source>Report export cancelled; nothing was written</source>
        <translation>Berichtexport abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Export the report of the case</source>
        <translation>Den Bericht des Falls exportieren</translation>
    </message>
    <message>
        <source>Export the report of job %1</source>
        <translation>Den Bericht von Auftrag %1 exportieren</translation>
    </message>
    <message>
        <source>Exporting the report of the case…</source>
        <translation>Der Bericht des Falls wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the report of job %1…</source>
        <translation>Der Bericht von Auftrag %1 wird exportiert…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>No evidence bundle</source>
        <translation>Kein Nachweispaket</translation>
    </message>
    <message>
        <source>Evidence bundle not written</source>
        <translation>Nachweispaket nicht geschrieben</translation>
    </message>
    <message>
        <source>A job is running; export the bundle when it is done.</source>
        <translation>Ein Auftrag läuft; exportieren Sie das Paket, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Evidence bundle written to %1, signed by key %2</source>
        <translation>Nachweispaket nach %1 geschrieben, signiert mit Schlüssel %2</translation>
    </message>
    <message>
        <source>Evidence export cancelled; nothing was written</source>
        <translation>Nachweisexport abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Export the evidence bundle of the case</source>
        <translation>Das Nachweispaket des Falls exportieren</translation>
    </message>
    <message>
        <source>Exporting the evidence bundle…</source>
        <translation>Das Nachweispaket wird exportiert…</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>Evidence bundle (*.tar.gz)</source>
        <translation>Nachweispaket (*.tar.gz)</translation>
    </message>
    <message>
        <source>Demo ready: open case %1 for subject %2</source>
        <translation>Demo bereit: Öffnen Sie Fall %1 für betroffene Person %2</translation>
    </message>
    <message>
        <source>Build the demo project</source>
        <translation>Das Demoprojekt erstellen</translation>
    </message>
    <message>
        <source>Building the demo project in %1…</source>
        <translation>Das Demoprojekt wird in %1 erstellt…</translation>
    </message>
    <message>
        <source>Welcome to Lethe</source>
        <translation>Willkommen bei Lethe</translation>
    </message>
    <message>
        <source>A demo project exists in %1. Open it?</source>
        <translation>In %1 ist ein Demoprojekt vorhanden. Öffnen?</translation>
    </message>
    <message>
        <source>Lethe can build a demo project in %1 from Fashion-MNIST: synthetic data subjects, a monolithic and a SISA model, and one open erasure request. It takes a minute.</source>
        <translation>Lethe kann in %1 ein Demoprojekt aus Fashion-MNIST erstellen: synthetische betroffene Personen, ein monolithisches und ein SISA-Modell sowie ein offenes Löschersuchen. Das dauert etwa eine Minute.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Build the demo</source>
        <translation>Demo erstellen</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>Ein Auftrag läuft</translation>
    </message>
    <message>
        <source>Cancel the running job and quit? The job stops within one batch; nothing half-written is kept.</source>
        <translation>Den laufenden Auftrag abbrechen und beenden? Der Auftrag hält innerhalb eines Batches an; nichts halb Geschriebenes wird behalten.</translation>
    </message>
    <message>
        <source>Not redacted yet</source>
        <translation>Noch nicht geschwärzt</translation>
    </message>
    <message>
        <source>A job is running; redact when it is done (lethe requests redact).</source>
        <translation>Ein Auftrag läuft; schwärzen Sie, wenn er abgeschlossen ist (lethe requests redact).</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %Ln record(s) of the subject from this project&apos;s copies; their hashes, scores and the reports stay</source>
        <translation>
            <numerusform>%Ln Datensatz der betroffenen Person in den Kopien dieses Projekts geschwärzt; Hashwerte, Werte und Berichte bleiben erhalten</numerusform>
            <numerusform>%Ln Datensätze der betroffenen Person in den Kopien dieses Projekts geschwärzt; Hashwerte, Werte und Berichte bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted</source>
        <translation>Nicht geschwärzt</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>What each panel shows, the verdict rules and a glossary of every term on screen</source>
        <translation>Was jeder Bereich zeigt, die Regeln für den Befund und ein Glossar aller Begriffe auf dem Bildschirm</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>Lethe user guide</source>
        <translation>Lethe-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Export the report in %1</source>
        <translation>Den Bericht auf %1 exportieren</translation>
    </message>
    <message>
        <source>Exporting the report in %1…</source>
        <translation>Bericht wird auf %1 exportiert…</translation>
    </message>
</context>
<context>
    <name>lethe::ui::MethodParamsEditor</name>
    <message>
        <source>No parameters: the method reuses the training run&apos;s configuration and seed.</source>
        <translation>Keine Parameter: Die Methode verwendet die Konfiguration und den Seed des Trainingslaufs erneut.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Set every parameter of the method back to the registry&apos;s default</source>
        <translation>Jeden Parameter der Methode auf den Standardwert der Registry zurücksetzen</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Takes: %1</source>
        <translation>Wertebereich: %1</translation>
    </message>
    <message>
        <source>Parameter key: %1 (lethe forget --param %1=…)</source>
        <translation>Parameterschlüssel: %1 (lethe forget --param %1=…)</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes a number</source>
        <translation>Parameter %1 von %2 erwartet eine Zahl</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
</context>
<context>
    <name>lethe::ui::RecordDetail</name>
    <message>
        <source>The record&apos;s features as stored in the dataset file (28 x 28 grey for Fashion-MNIST)</source>
        <translation>Die Merkmale des Datensatzes, wie sie in der Datensatzdatei gespeichert sind (28 x 28 Graustufen bei Fashion-MNIST)</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>features unavailable:
%1</source>
        <translation>Merkmale nicht verfügbar:
%1</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <source>Select a record to see its lineage.</source>
        <translation>Wählen Sie einen Datensatz, um seine Herkunft anzuzeigen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record %1&lt;/b&gt;&lt;br&gt;subject %2 · label %3 · %4&lt;br&gt;dataset %5, row %6&lt;br&gt;collected %7&lt;br&gt;&lt;small&gt;SHA-256 %8…&lt;/small&gt;</source>
        <translation>&lt;b&gt;Datensatz %1&lt;/b&gt;&lt;br&gt;betroffene Person %2 · Klasse %3 · %4&lt;br&gt;Datenbestand %5, Zeile %6&lt;br&gt;erhoben %7&lt;br&gt;&lt;small&gt;SHA-256 %8…&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(date not recorded)</source>
        <translation>(Datum nicht erfasst)</translation>
    </message>
    <message>
        <source>SHA-256 of the record&apos;s bytes: %1</source>
        <translation>SHA-256 der Bytes des Datensatzes: %1</translation>
    </message>
    <message>
        <source>redacted
%1</source>
        <translation>geschwärzt
%1</translation>
    </message>
    <message>
        <source>The record&apos;s raw data was redacted from this project&apos;s copies after its case was answered; its SHA-256 and the stored scores remain.</source>
        <translation>Die Rohdaten des Datensatzes wurden nach Beantwortung seines Falls aus den Kopien dieses Projekts geschwärzt; sein SHA-256 und die gespeicherten Werte bleiben erhalten.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>run %1 (%2, %3)</source>
        <translation>Lauf %1 (%2, %3)</translation>
    </message>
    <message>
        <source>shard %1, slice %2</source>
        <translation>Shard %1, Slice %2</translation>
    </message>
    <message>
        <source>Checkpoints that saw it</source>
        <translation>Checkpoints, die ihn gesehen haben</translation>
    </message>
    <message>
        <source>checkpoint %1 (run %2)</source>
        <translation>Checkpoint %1 (Lauf %2)</translation>
    </message>
    <message>
        <source>shard %1, stage %2</source>
        <translation>Shard %1, Stufe %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>model %1 (%2, %3)</source>
        <translation>Modell %1 (%2, %3)</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Forget jobs</source>
        <translation>Vergessensaufträge</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Auftrag %1</translation>
    </message>
</context>
<context>
    <name>lethe::ui::RecordTableModel</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Dataset row</source>
        <translation>Zeile im Datenbestand</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Korb</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ReferencePoolDialog</name>
    <message>
        <source>Reference models</source>
        <translation>Referenzmodelle</translation>
    </message>
    <message>
        <source>Number of reference models K. Each is trained on a random half of the project&apos;s records (by subject), so each record has K/2 IN and K/2 OUT models. The default %1 fits the demo in minutes on 2 cores; LiRA&apos;s low-FPR power grows with K.</source>
        <translation>Anzahl der Referenzmodelle K. Jedes wird auf einer zufälligen Hälfte der Datensätze des Projekts trainiert (nach betroffener Person), sodass jeder Datensatz K/2 IN- und K/2 OUT-Modelle hat. Der Standardwert %1 erstellt die Demo auf 2 Kernen in wenigen Minuten; die Teststärke von LiRA bei niedriger FPR wächst mit K.</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation>Erstellung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Re-audit job</source>
        <translation>Auftrag &amp;neu prüfen</translation>
    </message>
    <message>
        <source>Audit the job shown in Results again, with the newest usable pool of its model: its verdict then has LiRA, RMIA and the per-subject test</source>
        <translation>Den unter „Ergebnisse“ angezeigten Auftrag erneut prüfen, mit dem neuesten verwendbaren Pool seines Modells: Sein Befund enthält dann LiRA, RMIA und den personenbezogenen Test</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>serves</source>
        <translation>dient für</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>models trained</source>
        <translation>trainierte Modelle</translation>
    </message>
    <message>
        <source>training s</source>
        <translation>Training s</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>The live models whose training configuration the pool matches; an audit of one of them uses it</source>
        <translation>Die aktiven Modelle, deren Trainingskonfiguration der Pool entspricht; eine Prüfung eines dieser Modelle verwendet ihn</translation>
    </message>
    <message>
        <source>Models (K):</source>
        <translation>Modelle (K):</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <source>Pools of this project (an audit uses the newest complete pool whose training config matches the audited model):</source>
        <translation>Pools dieses Projekts (eine Prüfung verwendet den neuesten vollständigen Pool, dessen Trainingskonfiguration dem geprüften Modell entspricht):</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>&amp;Re-audit job %1</source>
        <translation>Auftrag %1 &amp;neu prüfen</translation>
    </message>
    <message>
        <source>Train the pool with the training configuration of job %1&apos;s output model</source>
        <translation>Den Pool mit der Trainingskonfiguration des Ausgabemodells von Auftrag %1 trainieren</translation>
    </message>
    <message>
        <source>Train the pool with the configuration of the newest trained model</source>
        <translation>Den Pool mit der Konfiguration des neuesten trainierten Modells trainieren</translation>
    </message>
    <message>
        <source>no live model has this pool&apos;s training configuration</source>
        <translation>kein aktives Modell hat die Trainingskonfiguration dieses Pools</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>Modell %1 (%2)</translation>
    </message>
    <message>
        <source>%1: its next audit uses it</source>
        <translation>%1: Seine nächste Prüfung verwendet ihn</translation>
    </message>
    <message>
        <source>%1: not used, %2</source>
        <translation>%1: nicht verwendet, %2</translation>
    </message>
    <message>
        <source>; Build trains the missing models again</source>
        <translation>; „Erstellen“ trainiert die fehlenden Modelle erneut</translation>
    </message>
    <message>
        <source>Job %1 audited again (audit %2) with reference pool %3: its verdict now has the reference attacks.</source>
        <translation>Auftrag %1 erneut geprüft (Prüfung %2) mit Referenzpool %3: Sein Befund enthält jetzt die Referenzangriffe.</translation>
    </message>
    <message>
        <source>Job %1 audited again (audit %2) without reference models: %3</source>
        <translation>Auftrag %1 erneut geprüft (Prüfung %2) ohne Referenzmodelle: %3</translation>
    </message>
    <message>
        <source>Re-audit cancelled: the job keeps its earlier audit.</source>
        <translation>Erneute Prüfung abgebrochen: Der Auftrag behält seine frühere Prüfung.</translation>
    </message>
    <message>
        <source>Re-audit failed: %1</source>
        <translation>Erneute Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Audit job %1 again</source>
        <translation>Auftrag %1 erneut prüfen</translation>
    </message>
    <message>
        <source>Auditing job %1 again…</source>
        <translation>Auftrag %1 wird erneut geprüft…</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>model %1, not used</source>
        <translation>Modell %1, nicht verwendet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source> Serves: %1.</source>
        <translation> Dient für: %1.</translation>
    </message>
    <message>
        <source>Pool %1 ready: %2 model(s) trained now, %3 reused, %4 s.</source>
        <translation>Pool %1 bereit: %2 Modell(e) jetzt trainiert, %3 wiederverwendet, %4 s.</translation>
    </message>
    <message>
        <source>Build cancelled: the models trained so far are kept; Build resumes.</source>
        <translation>Erstellung abgebrochen: Die bisher trainierten Modelle bleiben erhalten; „Erstellen“ setzt fort.</translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation>Erstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Build %1 reference models</source>
        <translation>%1 Referenzmodelle erstellen</translation>
    </message>
    <message>
        <source>Training %1 reference models…</source>
        <translation>%1 Referenzmodelle werden trainiert…</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ResultsView</name>
    <message>
        <source>The attack the line below, the ROC, the slices and the comparison of jobs show: the threshold attacks on a per-example statistic, the class-dependent thresholds, and LiRA / RMIA when the audit had a reference pool</source>
        <translation>Der Angriff, den die Zeile unten, die ROC-Kurve, die Slices und der Vergleich der Aufträge zeigen: die Schwellenwertangriffe auf eine Statistik je Beispiel, die klassenabhängigen Schwellenwerte sowie LiRA / RMIA, wenn die Prüfung einen Referenzpool hatte</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <source>Attack:</source>
        <translation>Angriff:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this plot as PNG or PDF</source>
        <translation>Dieses Diagramm als PNG oder PDF speichern</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>kein Fall</translation>
    </message>
    <message>
        <source>case %1, subject %2</source>
        <translation>Fall %1, betroffene Person %2</translation>
    </message>
    <message>
        <source>job %1: %2, %3 · %4 (%5)</source>
        <translation>Auftrag %1: %2, %3 · %4 (%5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job %1&lt;/b&gt; · %2 · %3 · device %4</source>
        <translation>&lt;b&gt;Auftrag %1&lt;/b&gt; · %2 · %3 · Gerät %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 record(s) forgotten; model %2 → %3; %4; %5 stale checkpoint(s) deleted; unlearning %6 s (job %7 s)</source>
        <translation>&lt;br&gt;%1 Datensatz/Datensätze vergessen; Modell %2 → %3; %4; %5 veraltete(r) Checkpoint(s) gelöscht; Verlernen %6 s (Auftrag %7 s)</translation>
    </message>
    <message>
        <source>&lt;br&gt;error: %1</source>
        <translation>&lt;br&gt;Fehler: %1</translation>
    </message>
    <message>
        <source>AUC %1%2, TPR at 1% FPR %3%4</source>
        <translation>AUC %1%2, TPR bei 1 % FPR %3%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attack:&lt;/b&gt; not in this job&apos;s audits</source>
        <translation>&lt;b&gt;Angriff %1:&lt;/b&gt; nicht in den Prüfungen dieses Auftrags</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attack&lt;/b&gt; (forget records against test records; AUC 0.5 = cannot tell): before %2 · after %3</source>
        <translation>&lt;b&gt;Angriff %1&lt;/b&gt; (Datensätze der Vergessensmenge gegen Testdatensätze; AUC 0,5 = nicht unterscheidbar): vorher %2 · nachher %3</translation>
    </message>
    <message>
        <source>not audited</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>No project is open: open one with File ▸ Open (Ctrl+O), or the demo.</source>
        <translation>Kein Projekt ist geöffnet: Öffnen Sie eines mit Datei ▸ Öffnen (Strg+O) oder die Demo.</translation>
    </message>
    <message>
        <source>No forget job for this case yet: fill the basket with its subject&apos;s records and press Start, or use Job ▸ Investigate case.</source>
        <translation>Noch kein Vergessensauftrag für diesen Fall: Füllen Sie den Korb mit den Datensätzen seiner betroffenen Person und klicken Sie auf „Start“, oder verwenden Sie Auftrag ▸ Fall untersuchen.</translation>
    </message>
    <message>
        <source>No forget job yet: fill the basket and press Start.</source>
        <translation>Noch kein Vergessensauftrag: Füllen Sie den Korb und klicken Sie auf „Start“.</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Plot written to %1</source>
        <translation>Diagramm nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss histograms&lt;/b&gt;&lt;p&gt;How surprised the model is by each record (its loss), for the forgotten records and for test records it never saw, and for the retrained reference when there is one. After a good erasure the forgotten records look like test records.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Verlust-Histogramme&lt;/b&gt;&lt;p&gt;Wie überrascht das Modell von jedem Datensatz ist (sein Verlust), für die vergessenen Datensätze und für Testdatensätze, die es nie gesehen hat, sowie für die neu trainierte Referenz, sofern vorhanden. Nach einer guten Löschung sehen die vergessenen Datensätze wie Testdatensätze aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Membership-inference ROC&lt;/b&gt;&lt;p&gt;How well the chosen attack tells the forgotten records from test records. The diagonal is guessing; the area under the curve (AUC) near 0.5 means the attack cannot tell them apart. The true-positive rate at a low false-positive rate matters most.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ROC der Membership-Inference&lt;/b&gt;&lt;p&gt;Wie gut der gewählte Angriff die vergessenen Datensätze von Testdatensätzen unterscheidet. Die Diagonale ist Raten; eine Fläche unter der Kurve (AUC) nahe 0,5 bedeutet, dass der Angriff sie nicht unterscheiden kann. Am wichtigsten ist die Richtig-positiv-Rate bei niedriger Falsch-positiv-Rate.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy&lt;/b&gt;&lt;p&gt;The model&apos;s accuracy on the forgotten, retained and test records, before and after unlearning and, when there is one, for the retrained reference. The bars show 95% intervals (Wilson).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Genauigkeit&lt;/b&gt;&lt;p&gt;Die Genauigkeit des Modells auf den vergessenen, behaltenen und Testdatensätzen, vor und nach dem Verlernen und, sofern vorhanden, für die neu trainierte Referenz. Die Balken zeigen 95-%-Intervalle (Wilson).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-class change&lt;/b&gt;&lt;p&gt;How each class&apos;s accuracy changed through the unlearning, on the forget set, the test set and the retained sample: a drop in one class shows damage beyond the forgotten records.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Änderung je Klasse&lt;/b&gt;&lt;p&gt;Wie sich die Genauigkeit jeder Klasse durch das Verlernen verändert hat, auf der Vergessensmenge, der Testmenge und der behaltenen Stichprobe: Ein Einbruch in einer Klasse zeigt Schäden über die vergessenen Datensätze hinaus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobs of the case&lt;/b&gt;&lt;p&gt;Every job run for this case side by side (exact and approximate methods), so the approximate ones can be compared with the exact answer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Aufträge des Falls&lt;/b&gt;&lt;p&gt;Alle für diesen Fall ausgeführten Aufträge nebeneinander (exakte und approximative Methoden), damit die approximativen mit der exakten Antwort verglichen werden können.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;&lt;p&gt;The case&apos;s answer and each data subject&apos;s: &lt;b&gt;pass&lt;/b&gt; when the membership test on the forgotten records finds nothing &lt;i&gt;and&lt;/i&gt; the test was strong enough to find a model that still remembers them (its power); &lt;b&gt;fail&lt;/b&gt; when the records still look like training data; &lt;b&gt;inconclusive&lt;/b&gt; when the test could not decide, for example without reference models. Help &amp;gt; User guide, section &quot;Verdict rules&quot;, says how each is decided.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Befund&lt;/b&gt;&lt;p&gt;Die Antwort des Falls und jeder betroffenen Person: &lt;b&gt;bestanden&lt;/b&gt;, wenn der Mitgliedschaftstest auf den vergessenen Datensätzen nichts findet &lt;i&gt;und&lt;/i&gt; stark genug war, ein Modell zu erkennen, das sie noch kennt (seine Teststärke); &lt;b&gt;nicht bestanden&lt;/b&gt;, wenn die Datensätze noch wie Trainingsdaten aussehen; &lt;b&gt;nicht eindeutig&lt;/b&gt;, wenn der Test nicht entscheiden konnte, etwa ohne Referenzmodelle. Hilfe &amp;gt; Benutzerhandbuch, Abschnitt „Verdict rules“, erklärt, wie jeder Befund zustande kommt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lethe::ui::RunPanel</name>
    <message>
        <source>Unlearning method &apos;%1&apos;</source>
        <translation>Verlernmethode „%1“</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Needs a SISA ensemble.</source>
        <translation>Erfordert ein SISA-Ensemble.</translation>
    </message>
    <message>
        <source>Selection basket</source>
        <translation>Auswahlkorb</translation>
    </message>
    <message>
        <source>Case subject</source>
        <translation>Betroffene Person des Falls</translation>
    </message>
    <message>
        <source>Fill the basket with every record of the current case&apos;s subject</source>
        <translation>Den Korb mit allen Datensätzen der betroffenen Person des aktuellen Falls füllen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Unlearning run</source>
        <translation>Verlernlauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The model to forget from; it is never modified: unlearning writes a new version</source>
        <translation>Das Modell, aus dem vergessen wird; es wird nie verändert: Das Verlernen schreibt eine neue Version</translation>
    </message>
    <message>
        <source>Where torch runs the job: the CPU, or one of the CUDA devices torch sees here</source>
        <translation>Wo torch den Auftrag ausführt: auf der CPU oder auf einem der CUDA-Geräte, die torch hier sieht</translation>
    </message>
    <message>
        <source>Audit before and after</source>
        <translation>Prüfung vorher und nachher</translation>
    </message>
    <message>
        <source>Accuracy and membership-inference attacks on the model before and after: the plots and the report need it</source>
        <translation>Genauigkeit und Angriffe zur Mitgliedschaftsinferenz auf das Modell vorher und nachher: Die Diagramme und der Bericht benötigen sie</translation>
    </message>
    <message>
        <source>Keep the input model&apos;s files</source>
        <translation>Dateien des Eingabemodells behalten</translation>
    </message>
    <message>
        <source>Off (default): the input model&apos;s stale shard files are purged with its checkpoints</source>
        <translation>Aus (Standard): Die veralteten Shard-Dateien des Eingabemodells werden mit seinen Checkpoints gelöscht</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>auto (CUDA when present)</source>
        <translation>automatisch (CUDA, falls vorhanden)</translation>
    </message>
    <message>
        <source>The CPU (torch&apos;s intra-op threads)</source>
        <translation>Die CPU (Intra-Op-Threads von torch)</translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation>CUDA-Gerät %1</translation>
    </message>
    <message>
        <source>newest that holds the selection</source>
        <translation>neuestes, das die Auswahl enthält</translation>
    </message>
    <message>
        <source>model %1: %2, %3%4</source>
        <translation>Modell %1: %2, %3%4</translation>
    </message>
    <message>
        <source>The current case has no subject</source>
        <translation>Der aktuelle Fall hat keine betroffene Person</translation>
    </message>
    <message>
        <source>Empty: add a subject, a filter or records from the lineage browser</source>
        <translation>Leer: Fügen Sie eine betroffene Person, einen Filter oder Datensätze aus dem Herkunftsbrowser hinzu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) selected</source>
        <translation>
            <numerusform>%Ln Datensatz ausgewählt</numerusform>
            <numerusform>%Ln Datensätze ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>; subjects: %1</source>
        <translation>; betroffene Personen: %1</translation>
    </message>
    <message>
        <source>A job is already running</source>
        <translation>Es läuft bereits ein Auftrag</translation>
    </message>
    <message>
        <source>The selection basket is empty</source>
        <translation>Der Auswahlkorb ist leer</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>Nicht gestartet: %1.</translation>
    </message>
    <message>
        <source>Not started: nothing was deleted</source>
        <translation>Nicht gestartet: Es wurde nichts gelöscht</translation>
    </message>
    <message>
        <source>Done: job %1, %2 record(s) forgotten in %3 s</source>
        <translation>Fertig: Auftrag %1, %2 Datensatz/Datensätze in %3 s vergessen</translation>
    </message>
    <message>
        <source>Cancelled; the input model and its checkpoints are untouched</source>
        <translation>Abgebrochen; das Eingabemodell und seine Checkpoints sind unverändert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Forget %Ln record(s) with %1</source>
        <translation>
            <numerusform>%Ln Datensatz mit %1 vergessen</numerusform>
            <numerusform>%Ln Datensätze mit %1 vergessen</numerusform>
        </translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>Files will be deleted</source>
        <translation>Dateien werden gelöscht</translation>
    </message>
    <message>
        <source>Start the job?</source>
        <translation>Auftrag starten?</translation>
    </message>
    <message>
        <source>Do not ask again (Edit ▸ Settings… turns it back on)</source>
        <translation>Nicht mehr fragen (Bearbeiten ▸ Einstellungen… schaltet es wieder ein)</translation>
    </message>
    <message>
        <source>cancelling: stops within one batch…</source>
        <translation>wird abgebrochen: hält innerhalb eines Batches an…</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>, test accuracy %1</source>
        <translation>, Testgenauigkeit %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shard file(s) of model %1</source>
        <translation>
            <numerusform>%Ln Shard-Datei von Modell %1</numerusform>
            <numerusform>%Ln Shard-Dateien von Modell %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the file of model %1</source>
        <translation>die Datei von Modell %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoint(s) of model %1 that saw the records</source>
        <translation>
            <numerusform>%Ln Checkpoint von Modell %1, der die Datensätze gesehen hat</numerusform>
            <numerusform>%Ln Checkpoints von Modell %1, die die Datensätze gesehen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update log(s) that recorded them</source>
        <translation>
            <numerusform>%Ln Aktualisierungsprotokoll, das sie aufgezeichnet hat</numerusform>
            <numerusform>%Ln Aktualisierungsprotokolle, die sie aufgezeichnet haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference model(s) trained on the records (after the audit)</source>
        <translation>
            <numerusform>%Ln auf den Datensätzen trainiertes Referenzmodell (nach der Prüfung)</numerusform>
            <numerusform>%Ln auf den Datensätzen trainierte Referenzmodelle (nach der Prüfung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be deleted.</source>
        <translation>Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The job will delete %1. The lineage keeps their hashes; the files cannot be restored.</source>
        <translation>Der Auftrag löscht %1. Die Datenherkunft bewahrt ihre Hashwerte; die Dateien können nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>lethe::ui::SelectionBasket</name>
    <message numerus="yes">
        <source>subject %1: %Ln record(s)</source>
        <translation>
            <numerusform>betroffene Person %1: %Ln Datensatz</numerusform>
            <numerusform>betroffene Person %1: %Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln record(s)</source>
        <translation>
            <numerusform>%1: %Ln Datensatz</numerusform>
            <numerusform>%1: %Ln Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Ask before a job deletes files</source>
        <translation>Vor dem Löschen von Dateien durch einen Auftrag fragen</translation>
    </message>
    <message>
        <source>Before a forget job starts, list the model files, checkpoints, update logs and reference models it will delete, and wait for a yes</source>
        <translation>Vor dem Start eines Vergessensauftrags die Modelldateien, Checkpoints, Aktualisierungsprotokolle und Referenzmodelle auflisten, die er löschen wird, und auf eine Bestätigung warten</translation>
    </message>
    <message>
        <source>Deadline rule for new cases</source>
        <translation>Fristregel für neue Fälle</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Answer within:</source>
        <translation>Antwort innerhalb von:</translation>
    </message>
    <message>
        <source>Extension of at most:</source>
        <translation>Verlängerung um höchstens:</translation>
    </message>
    <message>
        <source>Applies to cases received from now on; a case keeps the deadline it was given.</source>
        <translation>Gilt für ab jetzt eingehende Fälle; ein Fall behält die Frist, die ihm zugewiesen wurde.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Die des Systems (%1)</translation>
    </message>
    <message>
        <source>The workbench&apos;s</source>
        <translation>Die der Werkbank</translation>
    </message>
    <message>
        <source>Workbench:</source>
        <translation>Werkbank:</translation>
    </message>
    <message>
        <source>PDF reports:</source>
        <translation>PDF-Berichte:</translation>
    </message>
    <message>
        <source>The workbench&apos;s language changes when it starts again.</source>
        <translation>Die Sprache der Werkbank ändert sich beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>lethe::ui::SubjectListModel</name>
    <message numerus="yes">
        <source>Subject %1 owns %Ln record(s)</source>
        <translation>
            <numerusform>Betroffener Person %1 gehört %Ln Datensatz</numerusform>
            <numerusform>Betroffener Person %1 gehören %Ln Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::VerdictPanel</name>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Hover a finding for its technical detail</source>
        <translation>Zeigen Sie auf eine Feststellung, um ihre technischen Details zu sehen</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>betroffene Person</translation>
    </message>
    <message>
        <source>n records</source>
        <translation>n Datensätze</translation>
    </message>
    <message>
        <source>z (Stouffer)</source>
        <translation>z (Stouffer)</translation>
    </message>
    <message>
        <source>z 95% interval</source>
        <translation>z 95-%-Intervall</translation>
    </message>
    <message>
        <source>p (one-sided)</source>
        <translation>p (einseitig)</translation>
    </message>
    <message>
        <source>power z</source>
        <translation>Teststärke z</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Percentile bootstrap over the subject&apos;s records (seeded); none with fewer than 5 records</source>
        <translation>Perzentil-Bootstrap über die Datensätze der betroffenen Person (mit Seed); keines bei weniger als 5 Datensätzen</translation>
    </message>
    <message>
        <source>Evidence that the audited model still treats the subject&apos;s records as members; about N(0, 1) when forgotten</source>
        <translation>Nachweis, dass das geprüfte Modell die Datensätze der betroffenen Person noch als Mitglieder behandelt; etwa N(0, 1), wenn vergessen</translation>
    </message>
    <message>
        <source>The same z for a model that remembers the subject: how strong the test is</source>
        <translation>Dasselbe z für ein Modell, das sich an die betroffene Person erinnert: wie stark der Test ist</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>gesamter Fall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-subject test of this job:&lt;/b&gt; none stored (no forget records with subjects, or an audit from before per-subject verdicts)</source>
        <translation>&lt;b&gt;Personenbezogener Test dieses Auftrags:&lt;/b&gt; keiner gespeichert (keine Datensätze der Vergessensmenge mit betroffenen Personen oder eine Prüfung aus der Zeit vor personenbezogenen Befunden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-subject test of this job:&lt;/b&gt; no after-audit</source>
        <translation>&lt;b&gt;Personenbezogener Test dieses Auftrags:&lt;/b&gt; keine Nachher-Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-subject test of this job: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3 subject(s): %4 pass, %5 fail, %6 inconclusive&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;Personenbezogener Test dieses Auftrags: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3 betroffene Person(en): %4 bestanden, %5 nicht bestanden, %6 nicht eindeutig&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(keine betroffene Person)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Reasons&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Gründe&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Nachweise&lt;/b&gt;&lt;br&gt;</translation>
    </message>
</context>
</TS>
