<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Engine</name>
    <message>
        <source>normal quantile of %1: needs 0 &lt; p &lt; 1</source>
        <translation>quantile de la loi normale pour %1 : il faut 0 &lt; p &lt; 1</translation>
    </message>
    <message>
        <source>class threshold attack: label %1 out of range</source>
        <translation>attaque à seuil par classe : étiquette %1 hors plage</translation>
    </message>
    <message>
        <source>MIA-Efficacy SVC needs members and non-members to fit on</source>
        <translation>le SVC de MIA-Efficacy a besoin de membres et de non-membres pour être ajusté</translation>
    </message>
    <message>
        <source>libsvm: %1</source>
        <translation>libsvm : %1</translation>
    </message>
    <message>
        <source>LiRA: example %1 has no reference model without it</source>
        <translation>LiRA : l&apos;exemple %1 n&apos;a aucun modèle de référence entraîné sans lui</translation>
    </message>
    <message>
        <source>RMIA needs population data (none given)</source>
        <translation>RMIA nécessite des données de population (aucune fournie)</translation>
    </message>
    <message>
        <source>challenge epsilon needs scores of unlearned and of retrained models</source>
        <translation>l&apos;epsilon de la compétition NeurIPS 2023 nécessite des scores de modèles désappris et de modèles réentraînés</translation>
    </message>
    <message>
        <source>%1: the project has no test records to audit against</source>
        <translation>%1 : le projet ne contient aucun enregistrement de test auquel comparer lors de l&apos;audit</translation>
    </message>
    <message>
        <source>a record the scoring unit did not score</source>
        <translation>un enregistrement non évalué par l&apos;unité de calcul des scores</translation>
    </message>
    <message>
        <source>model %1 gives NaN outputs on %2 of %3 audited records (first: record %4): its weights may have diverged; it cannot be audited</source>
        <translation>le modèle %1 produit des sorties NaN sur %2 des %3 enregistrements audités (premier : enregistrement %4) : ses poids ont peut-être divergé ; il ne peut pas être audité</translation>
    </message>
    <message>
        <source>pool_models %1: an even number of at most the pool&apos;s %2 models</source>
        <translation>pool_models %1 : il faut un nombre pair ne dépassant pas les %2 modèles du pool</translation>
    </message>
    <message>
        <source>reference pool %1 does not cover record %2</source>
        <translation>le pool de référence %1 ne couvre pas l&apos;enregistrement %2</translation>
    </message>
    <message>
        <source>no reference model trained on these records (erased records are OUT for every model after a rebuild): the IN distribution does not exist</source>
        <translation>aucun modèle de référence n&apos;a été entraîné sur ces enregistrements (après une reconstruction, les enregistrements effacés sont OUT pour tous les modèles) : la distribution IN n&apos;existe pas</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; and the others of its case were redacted from this project&apos;s copies on %2 after the case was answered: their raw data is gone, so they cannot be audited again (the stored audits and reports keep their scores)</source>
        <translation>l&apos;enregistrement « %1 » et les autres enregistrements de son dossier ont été caviardés des copies de ce projet le %2, après la réponse apportée au dossier : leurs données brutes ont disparu ; ils ne peuvent donc plus être audités (les audits et rapports stockés conservent leurs scores)</translation>
    </message>
    <message>
        <source>audit %1: stored scores do not match their SHA-256</source>
        <translation>audit %1 : les scores stockés ne correspondent pas à leur empreinte SHA-256</translation>
    </message>
    <message>
        <source>audit %1: stored attack scores do not match their SHA-256</source>
        <translation>audit %1 : les scores d&apos;attaque stockés ne correspondent pas à leur empreinte SHA-256</translation>
    </message>
    <message>
        <source>membership attack needs members and non-members (one side is empty)</source>
        <translation>l&apos;attaque par inférence d&apos;appartenance nécessite des membres et des non-membres (l&apos;un des deux côtés est vide)</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos;</source>
        <translation>statistique inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1: no live trained model to copy the training config from; train one first</source>
        <translation>%1 : aucun modèle entraîné actif dont copier la configuration d&apos;entraînement ; entraînez-en d&apos;abord un</translation>
    </message>
    <message>
        <source>reference pool %1 lost %2 of %3 models to erasure job %4 (they trained on erased records); rebuild with: %5</source>
        <translation>le pool de référence %1 a perdu %2 de ses %3 modèles lors de la tâche d&apos;effacement %4 (ils avaient été entraînés sur des enregistrements effacés) ; reconstruisez le pool avec : %5</translation>
    </message>
    <message>
        <source>reference pool %1 lost %2 of %3 models to erasure jobs %4 (they trained on erased records); rebuild with: %5</source>
        <translation>le pool de référence %1 a perdu %2 de ses %3 modèles lors des tâches d&apos;effacement %4 (ils avaient été entraînés sur des enregistrements effacés) ; reconstruisez le pool avec : %5</translation>
    </message>
    <message>
        <source>reference pool %1 is not complete (%2 of %3 models); rebuild with: %4</source>
        <translation>le pool de référence %1 est incomplet (%2 modèles sur %3) ; reconstruisez le pool avec : %4</translation>
    </message>
    <message>
        <source>reference pool %1 model %2 trained on record %3, erased by job %4, which left the purge to a later job of its case that has not run; rebuild with: %5</source>
        <translation>le modèle %2 du pool de référence %1 a été entraîné sur l&apos;enregistrement %3, effacé par la tâche %4, qui a laissé la purge à une tâche ultérieure de son dossier, pas encore exécutée ; reconstruisez le pool avec : %5</translation>
    </message>
    <message>
        <source>reference pool %1 model %2 trained on record %3, erased by job %4 before erasures purged reference models; rebuild with: %5</source>
        <translation>le modèle %2 du pool de référence %1 a été entraîné sur l&apos;enregistrement %3, effacé par la tâche %4 à un moment où les effacements ne purgeaient pas encore les modèles de référence ; reconstruisez le pool avec : %5</translation>
    </message>
    <message>
        <source>a reference model&apos;s outputs do not check out after training</source>
        <translation>la vérification des sorties d&apos;un modèle de référence échoue après l&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 of %2 reference models failed on %3 (the %4 that finished are kept; run the build again for the rest):%5</source>
        <translation>%1 des %2 modèles de référence ont échoué sur %3 (les %4 modèles terminés sont conservés ; relancez la génération pour les autres) :%5</translation>
    </message>
    <message>
        <source>%1: changed since the unit was written (SHA-256 differs)</source>
        <translation>%1 : modifié depuis l&apos;écriture de l&apos;unité (l&apos;empreinte SHA-256 diffère)</translation>
    </message>
    <message>
        <source>%1: its records changed since %2 was written</source>
        <translation>%1 : les enregistrements du projet ont changé depuis l&apos;écriture de %2</translation>
    </message>
    <message>
        <source>--k %1: the pool needs 2 to 256 reference models</source>
        <translation>--k %1 : le pool nécessite de 2 à 256 modèles de référence</translation>
    </message>
    <message>
        <source>--k %1: K must be even (each record is IN for exactly K/2 models)</source>
        <translation>--k %1 : K doit être pair (chaque enregistrement est IN pour exactement K/2 modèles)</translation>
    </message>
    <message>
        <source>model %1 has no training run to copy</source>
        <translation>le modèle %1 n&apos;a aucun entraînement à copier</translation>
    </message>
    <message>
        <source>%1: the project has no records</source>
        <translation>%1 : le projet ne contient aucun enregistrement</translation>
    </message>
    <message>
        <source>%1: reference pool %2 does not cover the project&apos;s records; build a new pool</source>
        <translation>%1 : le pool de référence %2 ne couvre pas les enregistrements du projet ; construisez un nouveau pool</translation>
    </message>
    <message>
        <source>no complete reference pool matches this model&apos;s training config; build one with: %1</source>
        <translation>aucun pool de référence complet ne correspond à la configuration d&apos;entraînement de ce modèle ; construisez-en un avec : %1</translation>
    </message>
    <message>
        <source>reference pool %1 lacks models</source>
        <translation>il manque des modèles au pool de référence %1</translation>
    </message>
    <message>
        <source>%1: reference scores changed since they were recorded (SHA-256 does not match)</source>
        <translation>%1 : les scores de référence ont changé depuis leur enregistrement (l&apos;empreinte SHA-256 ne correspond pas)</translation>
    </message>
    <message>
        <source>%1: reference scores have the wrong size for pool %2</source>
        <translation>%1 : les scores de référence n&apos;ont pas la taille attendue pour le pool %2</translation>
    </message>
    <message>
        <source>the newer pool %1 matches the same model</source>
        <translation>le pool %1, plus récent, correspond au même modèle</translation>
    </message>
    <message>
        <source>%1: model %2 changed since the unit was written</source>
        <translation>%1 : le modèle %2 a changé depuis l&apos;écriture de l&apos;unité</translation>
    </message>
    <message>
        <source>%1 of %2 audit scoring passes failed on %3 (nothing was stored; the passes that finished are kept for the next run):%4</source>
        <translation>%1 des %2 passes d&apos;évaluation de l&apos;audit ont échoué sur %3 (rien n&apos;a été enregistré ; les passes terminées sont conservées pour la prochaine exécution) :%4</translation>
    </message>
    <message>
        <source>%1: cannot create temporary file: %2</source>
        <translation>%1 : impossible de créer le fichier temporaire : %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
    <message>
        <source>%1: fsync failed: %2</source>
        <translation>%1 : échec de fsync : %2</translation>
    </message>
    <message>
        <source>%1: rename failed: %2</source>
        <translation>%1 : échec du renommage : %2</translation>
    </message>
    <message>
        <source>%1: cannot be read (missing or no permission)</source>
        <translation>%1 : illisible (fichier absent ou droits insuffisants)</translation>
    </message>
    <message>
        <source>%1 (the technical detail is in %2)</source>
        <translation>%1 (le détail technique se trouve dans %2)</translation>
    </message>
    <message>
        <source>%1 (the technical detail could not be written to %2)</source>
        <translation>%1 (le détail technique n&apos;a pas pu être écrit dans %2)</translation>
    </message>
    <message>
        <source>Lethe stopped on an internal error in the computation; the technical detail is in %1.</source>
        <translation>Lethe s&apos;est arrêté sur une erreur interne de calcul ; le détail technique se trouve dans %1.</translation>
    </message>
    <message>
        <source>Lethe stopped on an internal error in the computation; the technical detail could not be written to %1.</source>
        <translation>Lethe s&apos;est arrêté sur une erreur interne de calcul ; le détail technique n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>%1 init failed</source>
        <translation>échec de l&apos;initialisation de %1</translation>
    </message>
    <message>
        <source>%1 deflate failed</source>
        <translation>%1 : échec de la compression deflate</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated compressed data (truncated: the gzip trailer is missing)</source>
        <translation>%1 : données compressées corrompues ou tronquées (tronquées : le bloc de fin gzip est absent)</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated compressed data (%2)</source>
        <translation>%1 : données compressées corrompues ou tronquées (%2)</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated compressed data (corrupt)</source>
        <translation>%1 : données compressées corrompues ou tronquées (corrompues)</translation>
    </message>
    <message>
        <source>%1 failed to initialise</source>
        <translation>impossible d&apos;initialiser %1</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message>
        <source>%1: read error</source>
        <translation>%1 : erreur de lecture</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a state (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un état (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a model kind (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un type de modèle (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a model origin (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas une origine de modèle (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a job kind (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un type de tâche (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a job status (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un statut de tâche (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an audit role (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un rôle d&apos;audit (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a method kind (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un type de méthode (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a pool state (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un état de pool (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a case status (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un statut de dossier (%3)</translation>
    </message>
    <message>
        <source>%1: not a %2 work unit (version 1)</source>
        <translation>%1 : n&apos;est pas une unité de travail %2 (version 1)</translation>
    </message>
    <message>
        <source>%1: not an IDX file (shorter than its 4-byte magic)</source>
        <translation>%1 : n&apos;est pas un fichier IDX (plus court que son nombre magique de 4 octets)</translation>
    </message>
    <message>
        <source>%1: not an IDX file (wrong magic: the first two bytes must be zero)</source>
        <translation>%1 : n&apos;est pas un fichier IDX (nombre magique erroné : les deux premiers octets doivent être nuls)</translation>
    </message>
    <message>
        <source>%1: IDX element type must be unsigned byte (0x08)</source>
        <translation>%1 : le type d&apos;élément IDX doit être l&apos;octet non signé (0x08)</translation>
    </message>
    <message>
        <source>%1: expected an IDX file of %2 dimensions, found %3</source>
        <translation>%1 : fichier IDX à %2 dimensions attendu, %3 trouvées</translation>
    </message>
    <message>
        <source>%1: truncated IDX header</source>
        <translation>%1 : en-tête IDX tronqué</translation>
    </message>
    <message>
        <source>%1: truncated IDX data (header promises %2 bytes, file has %3)</source>
        <translation>%1 : données IDX tronquées (l&apos;en-tête annonce %2 octets, le fichier en contient %3)</translation>
    </message>
    <message>
        <source>%1: IDX file has %2 trailing bytes</source>
        <translation>%1 : le fichier IDX contient %2 octets superflus à la fin</translation>
    </message>
    <message>
        <source>%1: holds %2 labels but %3 holds %4 images</source>
        <translation>%1 : contient %2 étiquettes, mais %3 contient %4 images</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value; %4 fills missing values (a numeric column&apos;s mean, a text column&apos;s most frequent value)</source>
        <translation>%1:%2 : la colonne « %3 » n&apos;a pas de valeur ; %4 complète les valeurs manquantes (la moyenne pour une colonne numérique, la valeur la plus fréquente pour une colonne de texte)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value (&apos;%4&apos;); %5 fills missing values (a numeric column&apos;s mean, a text column&apos;s most frequent value)</source>
        <translation>%1:%2 : la colonne « %3 » n&apos;a pas de valeur (« %4 ») ; %5 complète les valeurs manquantes (la moyenne pour une colonne numérique, la valeur la plus fréquente pour une colonne de texte)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value</source>
        <translation>%1:%2 : la colonne « %3 » n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has no value (&apos;%4&apos;)</source>
        <translation>%1:%2 : la colonne « %3 » n&apos;a pas de valeur (« %4 »)</translation>
    </message>
    <message>
        <source>%1: no &apos;%2&apos; column in the header</source>
        <translation>%1 : aucune colonne « %2 » dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: no data rows</source>
        <translation>%1 : aucune ligne de données</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; appears twice in the header</source>
        <translation>%1 : la colonne « %2 » apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; has no value in any row</source>
        <translation>%1 : la colonne « %2 » n&apos;a de valeur dans aucune ligne</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; holds %3 different text values, more than the %4 a one-hot encoding takes; remove free-text columns before importing</source>
        <translation>%1 : la colonne « %2 » contient %3 valeurs textuelles différentes, plus que les %4 qu&apos;admet un encodage one-hot ; supprimez les colonnes de texte libre avant l&apos;import</translation>
    </message>
    <message>
        <source>%1: no feature columns</source>
        <translation>%1 : aucune colonne de caractéristiques</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos;, a feature of the dataset&apos;s encoding</source>
        <translation>%1 : aucune colonne « %2 », qui est une caractéristique de l&apos;encodage du jeu de données</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; is not among the features the project&apos;s data has (%3)</source>
        <translation>%1 : la colonne « %2 » ne figure pas parmi les caractéristiques des données du projet (%3)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; is not a finite number: &apos;%4&apos;</source>
        <translation>%1:%2 : la colonne « %3 » n&apos;est pas un nombre fini : « %4 »</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; has &apos;%4&apos;, a value the dataset&apos;s encoding does not know (it knows %5)</source>
        <translation>%1:%2 : la colonne « %3 » contient « %4 », une valeur que l&apos;encodage du jeu de données ne connaît pas (il connaît %5)</translation>
    </message>
    <message>
        <source>%1:%2: label must be an integer in 0..255, not &apos;%3&apos;</source>
        <translation>%1:%2 : l&apos;étiquette doit être un entier compris entre 0 et 255, et non « %3 »</translation>
    </message>
    <message>
        <source>%1: unknown dataset format &apos;%2&apos;</source>
        <translation>%1 : format de jeu de données inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1: a %2 dataset is not rewritten to redact</source>
        <translation>%1 : un jeu de données au format %2 n&apos;est pas réécrit pour le caviardage</translation>
    </message>
    <message>
        <source>%1: the image is grey; the dataset&apos;s images are RGB</source>
        <translation>%1 : l&apos;image est en niveaux de gris ; les images du jeu de données sont en RVB</translation>
    </message>
    <message>
        <source>%1: the image is RGB; the dataset&apos;s images are grey</source>
        <translation>%1 : l&apos;image est en RVB ; les images du jeu de données sont en niveaux de gris</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated %2 image (its header gives no size)</source>
        <translation>%1 : image %2 corrompue ou tronquée (son en-tête n&apos;indique aucune taille)</translation>
    </message>
    <message>
        <source>%1: the image claims %2x%3 pixels, more than the 8192x8192 Lethe reads</source>
        <translation>%1 : l&apos;image annonce %2x%3 pixels, plus que les 8192x8192 que Lethe sait lire</translation>
    </message>
    <message>
        <source>%1the file name is empty</source>
        <translation>%1le nom de fichier est vide</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a path relative to the data folder</source>
        <translation>%1« %2 » doit être un chemin relatif au répertoire de données</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; leaves the data folder (&apos;..&apos;); refused</source>
        <translation>%1« %2 » sort du répertoire de données (« .. ») ; refusé</translation>
    </message>
    <message>
        <source>%1: leads out of the data folder through a link; refused</source>
        <translation>%1 : mène hors du répertoire de données par un lien ; refusé</translation>
    </message>
    <message>
        <source>%1: not a readable PNG image (%2)</source>
        <translation>%1 : n&apos;est pas une image PNG lisible (%2)</translation>
    </message>
    <message>
        <source>%1: the image has an alpha channel; Lethe reads grey or RGB images without one</source>
        <translation>%1 : l&apos;image a un canal alpha ; Lethe lit les images en niveaux de gris ou en RVB qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>%1: the image has 16 bits per sample; Lethe reads 8-bit images</source>
        <translation>%1 : l&apos;image a 16 bits par échantillon ; Lethe lit les images 8 bits</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated PNG image (%2)</source>
        <translation>%1 : image PNG corrompue ou tronquée (%2)</translation>
    </message>
    <message>
        <source>%1: cannot make a decompressor</source>
        <translation>%1 : impossible de créer un décompresseur</translation>
    </message>
    <message>
        <source>%1: not a readable JPEG image (%2)</source>
        <translation>%1 : n&apos;est pas une image JPEG lisible (%2)</translation>
    </message>
    <message>
        <source>%1: the image is CMYK; Lethe reads grey or RGB images</source>
        <translation>%1 : l&apos;image est en CMJN ; Lethe lit les images en niveaux de gris ou en RVB</translation>
    </message>
    <message>
        <source>%1: corrupt or truncated JPEG image (%2)</source>
        <translation>%1 : image JPEG corrompue ou tronquée (%2)</translation>
    </message>
    <message>
        <source>%1: not a PNG or JPEG image</source>
        <translation>%1 : n&apos;est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>%1: this build of Lethe reads no images (built without %2 and %3)</source>
        <translation>%1 : cette version de Lethe ne lit aucune image (compilée sans %2 ni %3)</translation>
    </message>
    <message>
        <source>%1: the dataset&apos;s spec lists files and labels of other counts</source>
        <translation>%1 : la spécification du jeu de données indique des nombres différents de fichiers et d&apos;étiquettes</translation>
    </message>
    <message>
        <source>%1: the image is %2x%3 pixels; the dataset&apos;s images are %4x%5</source>
        <translation>%1 : l&apos;image fait %2x%3 pixels ; les images du jeu de données font %4x%5</translation>
    </message>
    <message>
        <source>%1: not a project-relative path</source>
        <translation>%1 : n&apos;est pas un chemin relatif au projet</translation>
    </message>
    <message>
        <source>%1: escapes the project folder %2; refused</source>
        <translation>%1 : sort du répertoire du projet %2 ; refusé</translation>
    </message>
    <message>
        <source>%1: row %2 is past the end (%3 records)</source>
        <translation>%1 : la ligne %2 est au-delà de la fin (%3 enregistrements)</translation>
    </message>
    <message>
        <source>%1: the project has no dataset</source>
        <translation>%1 : le projet n&apos;a aucun jeu de données</translation>
    </message>
    <message>
        <source>%1: holds %2 records, the lineage says %3</source>
        <translation>%1 : contient %2 enregistrements, la traçabilité en indique %3</translation>
    </message>
    <message>
        <source>%1: record shape differs from the first dataset</source>
        <translation>%1 : la forme des enregistrements diffère de celle du premier jeu de données</translation>
    </message>
    <message>
        <source>record %1: row %2 is outside its dataset</source>
        <translation>enregistrement %1 : la ligne %2 est en dehors de son jeu de données</translation>
    </message>
    <message>
        <source>%1: the bytes of record %2 (row %3) no longer match the SHA-256 stored at import</source>
        <translation>%1 : les octets de l&apos;enregistrement %2 (ligne %3) ne correspondent plus à l&apos;empreinte SHA-256 stockée lors de l&apos;import</translation>
    </message>
    <message>
        <source>record %1: label in the file differs from the lineage</source>
        <translation>enregistrement %1 : l&apos;étiquette dans le fichier diffère de celle de la traçabilité</translation>
    </message>
    <message>
        <source>record %1 is not in the project</source>
        <translation>l&apos;enregistrement %1 ne fait pas partie du projet</translation>
    </message>
    <message>
        <source>the archive cannot be started: %1</source>
        <translation>impossible de créer l&apos;archive : %1</translation>
    </message>
    <message>
        <source>the archive member %1 cannot be written: %2</source>
        <translation>impossible d&apos;écrire l&apos;élément %1 de l&apos;archive : %2</translation>
    </message>
    <message>
        <source>the archive cannot be finished: %1</source>
        <translation>impossible de finaliser l&apos;archive : %1</translation>
    </message>
    <message>
        <source>%1: not an evidence bundle (not a gzip-compressed tar archive)</source>
        <translation>%1 : n&apos;est pas un lot de preuves (pas une archive tar compressée avec gzip)</translation>
    </message>
    <message>
        <source>%1: the archive is damaged after %2 members (%3)</source>
        <translation>%1 : l&apos;archive est endommagée après %2 éléments (%3)</translation>
    </message>
    <message>
        <source>%1: member %2 is not a plain file</source>
        <translation>%1 : l&apos;élément %2 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: member path &apos;%2&apos; is not a plain relative path</source>
        <translation>%1 : le chemin d&apos;élément « %2 » n&apos;est pas un simple chemin relatif</translation>
    </message>
    <message>
        <source>%1: member %2 occurs twice</source>
        <translation>%1 : l&apos;élément %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: member %2 is too large</source>
        <translation>%1 : l&apos;élément %2 est trop volumineux</translation>
    </message>
    <message>
        <source>%1: member %2 is truncated</source>
        <translation>%1 : l&apos;élément %2 est tronqué</translation>
    </message>
    <message>
        <source>%1: member %2 is longer than it says</source>
        <translation>%1 : l&apos;élément %2 est plus long qu&apos;il ne l&apos;indique</translation>
    </message>
    <message>
        <source>this build of Lethe has no %1: evidence bundles cannot be written</source>
        <translation>cette version de Lethe n&apos;inclut pas %1 : impossible d&apos;écrire des lots de preuves</translation>
    </message>
    <message>
        <source>%1: this build of Lethe has no %2: evidence bundles cannot be read</source>
        <translation>%1 : cette version de Lethe n&apos;inclut pas %2 : impossible de lire des lots de preuves</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos;</source>
        <translation>%1 : aucune colonne « %2 »</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 fields, the header %4</source>
        <translation>%1 : la ligne %2 a %3 champs, l&apos;en-tête %4</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>impossible d&apos;initialiser %1</translation>
    </message>
    <message>
        <source>%1: is UTF-16 text; save it as CSV in UTF-8</source>
        <translation>%1 : est un texte UTF-16 ; enregistrez-le au format CSV en UTF-8</translation>
    </message>
    <message>
        <source>%1: is not a text file (it holds NUL bytes)</source>
        <translation>%1 : n&apos;est pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid CSV (a quote inside an unquoted cell, or text after a closing quote)</source>
        <translation>%1 : la ligne %2 n&apos;est pas du CSV valide (un guillemet dans une cellule sans guillemets, ou du texte après un guillemet fermant)</translation>
    </message>
    <message>
        <source>%1: the file ends inside a quoted cell that starts on line %2 (a quote is not closed)</source>
        <translation>%1 : le fichier se termine à l&apos;intérieur d&apos;une cellule entre guillemets qui commence à la ligne %2 (un guillemet n&apos;est pas fermé)</translation>
    </message>
    <message>
        <source>%1: the CSV table is empty (no header)</source>
        <translation>%1 : la table CSV est vide (pas d&apos;en-tête)</translation>
    </message>
    <message>
        <source>%1: this build of Lethe has no %2: CSV tables cannot be read</source>
        <translation>%1 : cette version de Lethe n&apos;inclut pas %2 : impossible de lire des tables CSV</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>mémoire insuffisante pour dériver la clé de la phrase secrète</translation>
    </message>
    <message>
        <source>%1: the key folder cannot be created (%2)</source>
        <translation>%1 : impossible de créer le répertoire des clés (%2)</translation>
    </message>
    <message>
        <source>%1: the signing key file is damaged (a field is missing or of the wrong type)</source>
        <translation>%1 : le fichier de la clé de signature est endommagé (un champ est absent ou d&apos;un type incorrect)</translation>
    </message>
    <message>
        <source>%1: not a Lethe signing key (not JSON)</source>
        <translation>%1 : n&apos;est pas une clé de signature Lethe (pas du JSON)</translation>
    </message>
    <message>
        <source>%1: not a Lethe signing key (format %2 expected)</source>
        <translation>%1 : n&apos;est pas une clé de signature Lethe (format %2 attendu)</translation>
    </message>
    <message>
        <source>%1: the signing key is sealed with a passphrase; set %2 to use it</source>
        <translation>%1 : la clé de signature est scellée par une phrase secrète ; définissez %2 pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>%1: the sealed signing key is damaged</source>
        <translation>%1 : la clé de signature scellée est endommagée</translation>
    </message>
    <message>
        <source>%1: the passphrase in %2 does not open the signing key</source>
        <translation>%1 : la phrase secrète contenue dans %2 n&apos;ouvre pas la clé de signature</translation>
    </message>
    <message>
        <source>%1: the signing key has no secret part</source>
        <translation>%1 : la clé de signature n&apos;a pas de partie secrète</translation>
    </message>
    <message>
        <source>%1: the signing key is damaged (its halves do not match)</source>
        <translation>%1 : la clé de signature est endommagée (ses deux moitiés ne concordent pas)</translation>
    </message>
    <message>
        <source>%1: a hexadecimal value holds &apos;%2&apos;</source>
        <translation>%1 : une valeur hexadécimale contient « %2 »</translation>
    </message>
    <message>
        <source>%1: a hexadecimal value has an odd length</source>
        <translation>%1 : une valeur hexadécimale a une longueur impaire</translation>
    </message>
    <message>
        <source>%1: the public key file is damaged (a field is missing or of the wrong type)</source>
        <translation>%1 : le fichier de la clé publique est endommagé (un champ est absent ou d&apos;un type incorrect)</translation>
    </message>
    <message>
        <source>%1: not a Lethe public key (not JSON)</source>
        <translation>%1 : n&apos;est pas une clé publique Lethe (pas du JSON)</translation>
    </message>
    <message>
        <source>%1: not a Lethe public key (format %2 expected)</source>
        <translation>%1 : n&apos;est pas une clé publique Lethe (format %2 attendu)</translation>
    </message>
    <message>
        <source>%1: the public key has %2 bytes, not 32</source>
        <translation>%1 : la clé publique fait %2 octets, et non 32</translation>
    </message>
    <message>
        <source>%1: the fingerprint written in the file does not match its key</source>
        <translation>%1 : l&apos;empreinte inscrite dans le fichier ne correspond pas à sa clé</translation>
    </message>
    <message>
        <source>no key folder: set %1, %2 or %3</source>
        <translation>aucun répertoire de clés : définissez %1, %2 ou %3</translation>
    </message>
    <message>
        <source>%1: the signing key cannot be stored (%2)</source>
        <translation>%1 : impossible de stocker la clé de signature (%2)</translation>
    </message>
    <message>
        <source>give --model or --job</source>
        <translation>indiquez --model ou --job</translation>
    </message>
    <message>
        <source>job %1 has no output model</source>
        <translation>la tâche %1 n&apos;a produit aucun modèle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: no erasure request with id %2</source>
        <translation>%1 : aucune demande d&apos;effacement avec l&apos;identifiant %2</translation>
    </message>
    <message>
        <source>the case needs a reference (e.g. DPO-2026-0002)</source>
        <translation>le dossier doit avoir une référence (p. ex. DPO-2026-0002)</translation>
    </message>
    <message>
        <source>the deadline rule needs at least one month to answer</source>
        <translation>la règle d&apos;échéance doit laisser au moins un mois pour répondre</translation>
    </message>
    <message>
        <source>a case &apos;%1&apos; exists already</source>
        <translation>un dossier « %1 » existe déjà</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be edited</source>
        <translation>le dossier %1 a reçu une réponse (%2) : il ne peut plus être modifié</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be edited</source>
        <translation>le dossier %1 a été refusé (art. 12(4)) (%2) : il ne peut plus être modifié</translation>
    </message>
    <message>
        <source>the case needs a reference</source>
        <translation>le dossier doit avoir une référence</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be extended</source>
        <translation>le dossier %1 a reçu une réponse (%2) : il ne peut plus être prolongé</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be extended</source>
        <translation>le dossier %1 a été refusé (art. 12(4)) (%2) : il ne peut plus être prolongé</translation>
    </message>
    <message>
        <source>an extension needs the reason the subject is told (Art. 12(3))</source>
        <translation>une prolongation exige le motif communiqué à la personne concernée (art. 12(3))</translation>
    </message>
    <message>
        <source>an extension is at least one month</source>
        <translation>une prolongation est d&apos;au moins un mois</translation>
    </message>
    <message>
        <source>case %1 is already extended by %2 month(s); Art. 12(3) allows %3 in all</source>
        <translation>le dossier %1 est déjà prolongé de %2 mois ; l&apos;art. 12(3) autorise %3 mois au total</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be refused</source>
        <translation>le dossier %1 a reçu une réponse (%2) : il ne peut plus être refusé</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be refused</source>
        <translation>le dossier %1 a été refusé (art. 12(4)) (%2) : il ne peut pas être refusé une seconde fois</translation>
    </message>
    <message>
        <source>a refusal needs its reason (Art. 12(4): the subject must be told why)</source>
        <translation>un refus exige son motif (art. 12(4) : la personne concernée doit être informée des raisons)</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): it cannot be answered again</source>
        <translation>le dossier %1 a reçu une réponse (%2) : il ne peut pas recevoir une seconde réponse</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): it cannot be answered again</source>
        <translation>le dossier %1 a été refusé (art. 12(4)) (%2) : il ne peut plus recevoir de réponse</translation>
    </message>
    <message>
        <source>closing a case needs a note: what was done and what the subject is told</source>
        <translation>la clôture d&apos;un dossier exige une note : ce qui a été fait et ce qui est communiqué à la personne concernée</translation>
    </message>
    <message>
        <source>case %1 is answered (%2): a closed case takes no further job</source>
        <translation>le dossier %1 a reçu une réponse (%2) : un dossier clos n&apos;accepte plus de tâche</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)) (%2): a closed case takes no further job</source>
        <translation>le dossier %1 a été refusé (art. 12(4)) (%2) : un dossier clos n&apos;accepte plus de tâche</translation>
    </message>
    <message>
        <source>case opened, deadline %1</source>
        <translation>dossier ouvert, échéance %1</translation>
    </message>
    <message>
        <source>case edited</source>
        <translation>dossier modifié</translation>
    </message>
    <message>
        <source>first job started: case in progress</source>
        <translation>première tâche lancée : dossier en cours</translation>
    </message>
    <message>
        <source>deadline extended to %1: %2</source>
        <translation>échéance prolongée jusqu&apos;au %1 : %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>answered (verdict %1): %2</source>
        <translation>réponse apportée (verdict %1) : %2</translation>
    </message>
    <message>
        <source>answered (verdict %1): %2 — override: %3</source>
        <translation>réponse apportée (verdict %1) : %2 — dérogation : %3</translation>
    </message>
    <message>
        <source>job %1 started: %2 on model %3</source>
        <translation>tâche %1 lancée : %2 sur le modèle %3</translation>
    </message>
    <message>
        <source>job %1 finished</source>
        <translation>tâche %1 terminée</translation>
    </message>
    <message>
        <source>job %1: %2 record(s) forgotten from model %3, new model %4; %5 stored copies that saw the records deleted (checkpoints, model files, reference models)</source>
        <translation>tâche %1 : %2 enregistrement(s) oublié(s) par le modèle %3, nouveau modèle %4 ; %5 copie(s) stockée(s) ayant vu les enregistrements supprimée(s) (points de contrôle, fichiers de modèle, modèles de référence)</translation>
    </message>
    <message>
        <source>job %1: the reference models that saw the records are deleted by the case&apos;s next job, which still needs them for its audit</source>
        <translation>tâche %1 : les modèles de référence ayant vu les enregistrements seront supprimés par la prochaine tâche du dossier, qui en a encore besoin pour son audit</translation>
    </message>
    <message>
        <source>job %1 failed</source>
        <translation>échec de la tâche %1</translation>
    </message>
    <message>
        <source>job %1 cancelled</source>
        <translation>tâche %1 annulée</translation>
    </message>
    <message>
        <source>audit %1 of model %2 (%3)</source>
        <translation>audit %1 du modèle %2 (%3)</translation>
    </message>
    <message>
        <source>report written: %1</source>
        <translation>rapport généré : %1</translation>
    </message>
    <message>
        <source>--canaries %1 x %2 records: at most half of the %3 training images</source>
        <translation>--canaries %1 x %2 enregistrements : au plus la moitié des %3 images d&apos;entraînement</translation>
    </message>
    <message>
        <source>--canaries and --canary-records must be positive</source>
        <translation>--canaries et --canary-records doivent être positifs</translation>
    </message>
    <message>
        <source>--canary-mark %1: invert, patch, near-copies or none</source>
        <translation>--canary-mark %1 : invert, patch, near-copies ou none</translation>
    </message>
    <message>
        <source>%1: missing; install Debian&apos;s dataset-fashion-mnist package</source>
        <translation>%1 : introuvable ; installez le paquet Debian dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>--subset must be 0 (all) or at least 100</source>
        <translation>--subset doit valoir 0 (tout) ou au moins 100</translation>
    </message>
    <message>
        <source>case %1 has no entry in the audit log</source>
        <translation>le dossier %1 n&apos;a aucune entrée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>--out is required: the bundle file to write</source>
        <translation>--out est obligatoire : le fichier du lot à écrire</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be made (%3)</source>
        <translation>%1 : impossible de créer le répertoire %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be made (a file of that name exists)</source>
        <translation>%1 : impossible de créer le répertoire %2 (un fichier de ce nom existe)</translation>
    </message>
    <message>
        <source>%1: is a folder; name the bundle file to write</source>
        <translation>%1 : est un répertoire ; indiquez le nom du fichier du lot à écrire</translation>
    </message>
    <message>
        <source>this build of Lethe has no libarchive or libcsv: evidence bundles cannot be written</source>
        <translation>cette version de Lethe n&apos;inclut ni libarchive ni libcsv : impossible d&apos;écrire des lots de preuves</translation>
    </message>
    <message>
        <source>%1: not an evidence bundle (no %2)</source>
        <translation>%1 : n&apos;est pas un lot de preuves (pas de %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not a JSON object</source>
        <translation>%1 : %2 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: no signature beside it (%2)</source>
        <translation>%1 : aucune signature à côté (%2)</translation>
    </message>
    <message>
        <source>%1: not a Lethe signature file</source>
        <translation>%1 : n&apos;est pas un fichier de signature Lethe</translation>
    </message>
    <message>
        <source>%1: evidence.json is not of format %2</source>
        <translation>%1 : evidence.json n&apos;est pas au format %2</translation>
    </message>
    <message>
        <source>--slurm-kind %1: give KIND:key=value,... with KIND one of reference_model, shard_retrain, audit_scoring</source>
        <translation>--slurm-kind %1 : indiquez KIND:clé=valeur,... où KIND est reference_model, shard_retrain ou audit_scoring</translation>
    </message>
    <message>
        <source>--slurm-kind %1: &apos;%2&apos; is not key=value</source>
        <translation>--slurm-kind %1 : « %2 » n&apos;est pas de la forme clé=valeur</translation>
    </message>
    <message>
        <source>--slurm-kind %1: %2 must be a whole number, not &apos;%3&apos;</source>
        <translation>--slurm-kind %1 : %2 doit être un nombre entier, et non « %3 »</translation>
    </message>
    <message>
        <source>--slurm-kind %1: unknown key &apos;%2&apos; (keys: partition, account, time, mem, cpus, gpus)</source>
        <translation>--slurm-kind %1 : clé inconnue « %2 » (clés : partition, account, time, mem, cpus, gpus)</translation>
    </message>
    <message>
        <source>sbatch refused the job array: %1</source>
        <translation>sbatch a refusé le tableau de tâches : %1</translation>
    </message>
    <message>
        <source>squeue does not answer (%1); Slurm job %2 may still be running: run the build again once Slurm answers, to reuse what finished</source>
        <translation>squeue ne répond pas (%1) ; la tâche Slurm %2 est peut-être encore en cours : relancez la génération dès que Slurm répond, afin de réutiliser ce qui est terminé</translation>
    </message>
    <message>
        <source>--executor must be local or slurm, not &apos;%1&apos;</source>
        <translation>--executor doit valoir local ou slurm, et non « %1 »</translation>
    </message>
    <message>
        <source>--slurm-retries must be in 0..10</source>
        <translation>--slurm-retries doit être compris entre 0 et 10</translation>
    </message>
    <message>
        <source>--executor slurm: no lethe program beside %1 for the tasks to run; set &quot;lethe&quot; in the project&apos;s Slurm settings</source>
        <translation>--executor slurm : aucun programme lethe à côté de %1 pour exécuter les tâches ; renseignez « lethe » dans les paramètres Slurm du projet</translation>
    </message>
    <message>
        <source>--executor slurm: sbatch is not on this machine&apos;s PATH (install Slurm&apos;s client, or use --executor local)</source>
        <translation>--executor slurm : sbatch ne figure pas dans le PATH de cette machine (installez le client Slurm, ou utilisez --executor local)</translation>
    </message>
    <message>
        <source>%1: no such work unit</source>
        <translation>%1 : unité de travail introuvable</translation>
    </message>
    <message>
        <source>%1: not a Lethe work unit (JSON with kind and project)</source>
        <translation>%1 : n&apos;est pas une unité de travail Lethe (JSON avec kind et project)</translation>
    </message>
    <message>
        <source>%1: not in its own staging folder (%2/unit.json of %3); refused</source>
        <translation>%1 : ne se trouve pas dans son propre répertoire de préparation (%2/unit.json de %3) ; refusé</translation>
    </message>
    <message>
        <source>%1: cannot open the unit&apos;s lock (%2)</source>
        <translation>%1 : impossible d&apos;ouvrir le verrou de l&apos;unité (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the unit (%2)</source>
        <translation>%1 : impossible de verrouiller l&apos;unité (%2)</translation>
    </message>
    <message>
        <source>%1: unknown work-unit kind %2</source>
        <translation>%1 : type d&apos;unité de travail inconnu %2</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; is not in the project</source>
        <translation>%1:%2 : l&apos;enregistrement « %3 » ne fait pas partie du projet</translation>
    </message>
    <message>
        <source>the query &apos;%1&apos; matches no record of the project</source>
        <translation>la requête « %1 » ne correspond à aucun enregistrement du projet</translation>
    </message>
    <message>
        <source>the project has no live model to forget from; train one first</source>
        <translation>le projet n&apos;a aucun modèle actif auquel faire oublier des enregistrements ; entraînez-en d&apos;abord un</translation>
    </message>
    <message>
        <source>%1: update log changed since it was recorded (SHA-256 does not match the lineage)</source>
        <translation>%1 : le journal des mises à jour a changé depuis son enregistrement (l&apos;empreinte SHA-256 ne correspond pas à la traçabilité)</translation>
    </message>
    <message>
        <source>%1: cannot delete during purge: %2</source>
        <translation>%1 : suppression impossible pendant la purge : %2</translation>
    </message>
    <message>
        <source>%1: file changed since it was recorded (SHA-256 does not match the lineage database)</source>
        <translation>%1 : le fichier a changé depuis son enregistrement (l&apos;empreinte SHA-256 ne correspond pas à la base de traçabilité)</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (available: %2)</source>
        <translation>méthode inconnue « %1 » (disponibles : %2)</translation>
    </message>
    <message>
        <source>nothing selected: give --subject, --records or --query</source>
        <translation>rien n&apos;est sélectionné : indiquez --subject, --records ou --query</translation>
    </message>
    <message>
        <source>model %1 is one shard of ensemble %2; forget from the ensemble</source>
        <translation>le modèle %1 est un fragment de l&apos;ensemble %2 ; effectuez l&apos;oubli sur l&apos;ensemble</translation>
    </message>
    <message>
        <source>model %1 was purged; forget from a live model</source>
        <translation>le modèle %1 a été purgé ; effectuez l&apos;oubli sur un modèle actif</translation>
    </message>
    <message>
        <source>model %1 has no training run in the lineage</source>
        <translation>le modèle %1 n&apos;a aucun entraînement dans la traçabilité</translation>
    </message>
    <message>
        <source>method sisa needs a SISA ensemble; model %1 is %2</source>
        <translation>la méthode sisa nécessite un ensemble SISA ; le modèle %1 est de type %2</translation>
    </message>
    <message>
        <source>model %1 was not trained on any of the %2 selected records; choose a model that holds them</source>
        <translation>le modèle %1 n&apos;a été entraîné sur aucun des %2 enregistrements sélectionnés ; choisissez un modèle qui les contient</translation>
    </message>
    <message>
        <source>the selection covers every training record of model %1; nothing would remain to train on</source>
        <translation>la sélection couvre tous les enregistrements d&apos;entraînement du modèle %1 ; il ne resterait rien sur quoi l&apos;entraîner</translation>
    </message>
    <message>
        <source>method %1 has no implementation</source>
        <translation>la méthode %1 n&apos;a pas d&apos;implémentation</translation>
    </message>
    <message>
        <source>model %1: the model of shard %2 is missing or purged</source>
        <translation>modèle %1 : le modèle du fragment %2 est absent ou purgé</translation>
    </message>
    <message>
        <source>checkpoint of shard %1, stage %2 of run %3 is missing or purged</source>
        <translation>le point de contrôle du fragment %1, étape %2 de l&apos;entraînement %3, est absent ou purgé</translation>
    </message>
    <message>
        <source>method %1 needs the update log of model %2&apos;s training run, which was trained without record_updates; retrain with it or choose another method</source>
        <translation>la méthode %1 nécessite le journal des mises à jour de l&apos;entraînement du modèle %2, qui a été entraîné sans record_updates ; réentraînez-le avec cette option ou choisissez une autre méthode</translation>
    </message>
    <message>
        <source>model %1 has no training run</source>
        <translation>le modèle %1 n&apos;a aucun entraînement</translation>
    </message>
    <message>
        <source>--references must be 0 or at least 2</source>
        <translation>--references doit valoir 0 ou au moins 2</translation>
    </message>
    <message>
        <source>--method: the exact job is &apos;sisa&apos; or &apos;retrain&apos;, not &apos;%1&apos;</source>
        <translation>--method : la tâche exacte est « sisa » ou « retrain », et non « %1 »</translation>
    </message>
    <message>
        <source>--approximate: &apos;%1&apos; is not an approximate method (lethe methods)</source>
        <translation>--approximate : « %1 » n&apos;est pas une méthode approchée (lethe methods)</translation>
    </message>
    <message>
        <source>%1: no open erasure request to investigate</source>
        <translation>%1 : aucune demande d&apos;effacement ouverte à instruire</translation>
    </message>
    <message>
        <source>case %1 names no data subject: set its subject first</source>
        <translation>le dossier %1 ne désigne aucune personne concernée : renseignez-la d&apos;abord</translation>
    </message>
    <message>
        <source>training produced no final checkpoint</source>
        <translation>l&apos;entraînement n&apos;a produit aucun point de contrôle final</translation>
    </message>
    <message>
        <source>shard %1 has no final checkpoint</source>
        <translation>le fragment %1 n&apos;a aucun point de contrôle final</translation>
    </message>
    <message>
        <source>job %1 is not a forget job</source>
        <translation>la tâche %1 n&apos;est pas une tâche d&apos;oubli</translation>
    </message>
    <message>
        <source>job %1 is %2: only a finished job can be audited again</source>
        <translation>la tâche %1 a le statut %2 : seule une tâche terminée peut être auditée de nouveau</translation>
    </message>
    <message>
        <source>model %1 of job %2 was purged by a later job: audit that job&apos;s model instead</source>
        <translation>le modèle %1 de la tâche %2 a été purgé par une tâche ultérieure : auditez plutôt le modèle de cette dernière</translation>
    </message>
    <message>
        <source>the audit found no usable reference pool</source>
        <translation>l&apos;audit n&apos;a trouvé aucun pool de référence utilisable</translation>
    </message>
    <message>
        <source>%1: cannot remove it to redact the record: %2</source>
        <translation>%1 : impossible de le supprimer pour caviarder l&apos;enregistrement : %2</translation>
    </message>
    <message>
        <source>case %1 names no subject: there are no records to redact</source>
        <translation>le dossier %1 ne désigne aucune personne concernée : il n&apos;y a aucun enregistrement à caviarder</translation>
    </message>
    <message>
        <source>model %1 (%2) is still trained on %3 of %4&apos;s records: forget them from it first; nothing was redacted</source>
        <translation>le modèle %1 (%2) est encore entraîné sur %3 des enregistrements de %4 : faites-lui d&apos;abord oublier ces enregistrements ; rien n&apos;a été caviardé</translation>
    </message>
    <message>
        <source>%1: changed since it was recorded (SHA-256 does not match the lineage database); nothing was redacted: lethe verify says more</source>
        <translation>%1 : modifié depuis son enregistrement (l&apos;empreinte SHA-256 ne correspond pas à la base de traçabilité) ; rien n&apos;a été caviardé : lethe verify en dit plus</translation>
    </message>
    <message>
        <source>case %1 is open: its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>le dossier %1 est ouvert : les enregistrements de sa personne concernée ne sont caviardés qu&apos;une fois la réponse apportée au dossier (lethe requests close)</translation>
    </message>
    <message>
        <source>case %1 is in progress: its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>le dossier %1 est en cours : les enregistrements de sa personne concernée ne sont caviardés qu&apos;une fois la réponse apportée au dossier (lethe requests close)</translation>
    </message>
    <message>
        <source>case %1 is refused (Art. 12(4)): its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>le dossier %1 est refusé (art. 12(4)) : les enregistrements de sa personne concernée ne sont caviardés qu&apos;une fois la réponse apportée au dossier (lethe requests close)</translation>
    </message>
    <message>
        <source>case %1 is extended (Art. 12(3)): its subject&apos;s records are redacted once the case is answered (lethe requests close)</source>
        <translation>le dossier %1 est prolongé (art. 12(3)) : les enregistrements de sa personne concernée ne sont caviardés qu&apos;une fois la réponse apportée au dossier (lethe requests close)</translation>
    </message>
    <message>
        <source>%1: --arch torchscript trains the architecture of an imported TorchScript model, and this project has none (lethe import --model FILE.pt)</source>
        <translation>%1 : --arch torchscript entraîne l&apos;architecture d&apos;un modèle TorchScript importé, et ce projet n&apos;en contient aucun (lethe import --model FILE.pt)</translation>
    </message>
    <message>
        <source>%1: no training records to train on</source>
        <translation>%1 : aucun enregistrement d&apos;entraînement sur lequel entraîner</translation>
    </message>
    <message>
        <source>fewer training records than shards x slices</source>
        <translation>moins d&apos;enregistrements d&apos;entraînement que de fragments x tranches</translation>
    </message>
    <message>
        <source>%1: cannot create the project folder: %2</source>
        <translation>%1 : impossible de créer le répertoire du projet : %2</translation>
    </message>
    <message>
        <source>%1: already holds a Lethe project</source>
        <translation>%1 : contient déjà un projet Lethe</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1 : n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <source>%1: not a Lethe project (no %2)</source>
        <translation>%1 : n&apos;est pas un projet Lethe (pas de %2)</translation>
    </message>
    <message>
        <source>empty path in the lineage database</source>
        <translation>chemin vide dans la base de traçabilité</translation>
    </message>
    <message>
        <source>%1: an absolute path; project paths are relative to %2</source>
        <translation>%1 : chemin absolu ; les chemins du projet sont relatifs à %2</translation>
    </message>
    <message>
        <source>%1: leads out of the project folder %2 through a link; refused</source>
        <translation>%1 : mène hors du répertoire du projet %2 par un lien ; refusé</translation>
    </message>
    <message>
        <source>%1: not inside the project %2</source>
        <translation>%1 : n&apos;est pas à l&apos;intérieur du projet %2</translation>
    </message>
    <message>
        <source>no group &apos;%1&apos; on this machine</source>
        <translation>aucun groupe « %1 » sur cette machine</translation>
    </message>
    <message>
        <source>%1: cannot give it to group &apos;%2&apos; (%3)</source>
        <translation>%1 : impossible de l&apos;attribuer au groupe « %2 » (%3)</translation>
    </message>
    <message>
        <source>%1: cannot set its permissions (%2)</source>
        <translation>%1 : impossible de définir ses droits (%2)</translation>
    </message>
    <message>
        <source>%1: cannot lock the job</source>
        <translation>%1 : impossible de verrouiller la tâche</translation>
    </message>
    <message>
        <source>the process running this job stopped before it finished</source>
        <translation>le processus qui exécutait cette tâche s&apos;est arrêté avant la fin</translation>
    </message>
    <message>
        <source>amnesiac needs the update log of the training run (train with record_updates); this model has none</source>
        <translation>amnesiac nécessite le journal des mises à jour de l&apos;entraînement (entraîner avec record_updates) ; ce modèle n&apos;en a pas</translation>
    </message>
    <message>
        <source>update log does not match the model (parameter count)</source>
        <translation>le journal des mises à jour ne correspond pas au modèle (nombre de paramètres)</translation>
    </message>
    <message>
        <source>certified removal needs a model whose last layer is Linear (logreg, a linear head, or a TorchScript nn.Sequential ending in nn.Linear)</source>
        <translation>la suppression certifiée nécessite un modèle dont la dernière couche est Linear (logreg, une tête linéaire, ou un nn.Sequential TorchScript se terminant par nn.Linear)</translation>
    </message>
    <message>
        <source>certified removal needs an L2-regularised objective: the run&apos;s weight decay is 0; give --param lambda=...</source>
        <translation>la suppression certifiée nécessite un objectif régularisé L2 : la décroissance des poids de l&apos;entraînement vaut 0 ; indiquez --param lambda=...</translation>
    </message>
    <message>
        <source>method parameter &apos;%1&apos; is missing</source>
        <translation>le paramètre de méthode « %1 » est manquant</translation>
    </message>
    <message>
        <source>method %1 has no parameter &apos;%2&apos; (parameters: none)</source>
        <translation>la méthode %1 n&apos;a pas de paramètre « %2 » (paramètres : aucun)</translation>
    </message>
    <message>
        <source>method %1 has no parameter &apos;%2&apos; (parameters: %3)</source>
        <translation>la méthode %1 n&apos;a pas de paramètre « %2 » (paramètres : %3)</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes true or false, not &apos;%3&apos;</source>
        <translation>le paramètre %1 de %2 attend true ou false, et non « %3 »</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes an integer, not &apos;%3&apos;</source>
        <translation>le paramètre %1 de %2 attend un entier, et non « %3 »</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes a number, not &apos;%3&apos;</source>
        <translation>le paramètre %1 de %2 attend un nombre, et non « %3 »</translation>
    </message>
    <message>
        <source>attack scores: the header lacks %1 or %2</source>
        <translation>scores d&apos;attaque : il manque %1 ou %2 dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>attack scores, line %1: bad record id</source>
        <translation>scores d&apos;attaque, ligne %1 : identifiant d&apos;enregistrement invalide</translation>
    </message>
    <message>
        <source>audit %1 attack scores: the stored scores do not match their SHA-256</source>
        <translation>scores d&apos;attaque de l&apos;audit %1 : les scores stockés ne correspondent pas à leur empreinte SHA-256</translation>
    </message>
    <message>
        <source>there is no case with id %1</source>
        <translation>il n&apos;existe aucun dossier avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>aucun projet n&apos;est ouvert</translation>
    </message>
    <message>
        <source>no live model holds any of the %1 selected records any more: they are forgotten from every model (live models: %2); nothing is left to erase</source>
        <translation>aucun des %1 enregistrements sélectionnés ne figure plus dans un modèle actif : tous les modèles les ont oubliés (modèles actifs : %2) ; il ne reste rien à effacer</translation>
    </message>
    <message>
        <source>no live model that is a SISA ensemble holds any of the %1 selected records (records held per live model: %2); choose another model or method</source>
        <translation>aucun des %1 enregistrements sélectionnés ne figure dans un modèle actif de type ensemble SISA (enregistrements contenus par modèle actif : %2) ; choisissez un autre modèle ou une autre méthode</translation>
    </message>
    <message>
        <source>no live model holds any of the %1 selected records (records held per live model: %2); choose another model or method</source>
        <translation>aucun des %1 enregistrements sélectionnés ne figure dans un modèle actif (enregistrements contenus par modèle actif : %2) ; choisissez un autre modèle ou une autre méthode</translation>
    </message>
    <message>
        <source>%1:%2: record_id is empty</source>
        <translation>%1:%2 : record_id est vide</translation>
    </message>
    <message>
        <source>%1:%2: record_id is longer than 200 characters</source>
        <translation>%1:%2 : record_id dépasse 200 caractères</translation>
    </message>
    <message>
        <source>%1:%2: record_id holds a control character (a line break or a tab)</source>
        <translation>%1:%2 : record_id contient un caractère de contrôle (un saut de ligne ou une tabulation)</translation>
    </message>
    <message>
        <source>%1: manifest has no &apos;%2&apos; column (its header reads as one column &apos;%3&apos;: is the delimiter another one?)</source>
        <translation>%1 : le manifeste n&apos;a pas de colonne « %2 » (son en-tête se lit comme une seule colonne « %3 » : le séparateur serait-il différent ?)</translation>
    </message>
    <message>
        <source>%1: manifest has no &apos;%2&apos; column</source>
        <translation>%1 : le manifeste n&apos;a pas de colonne « %2 »</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a non-negative integer: &apos;%4&apos;</source>
        <translation>%1:%2 : « %3 » n&apos;est pas un entier positif ou nul : « %4 »</translation>
    </message>
    <message>
        <source>%1:%2: split must be train, test or population, not &apos;%3&apos;</source>
        <translation>%1:%2 : split doit valoir train, test ou population, et non « %3 »</translation>
    </message>
    <message>
        <source>%1:%2: label must be an integer in 0..255</source>
        <translation>%1:%2 : l&apos;étiquette doit être un entier compris entre 0 et 255</translation>
    </message>
    <message>
        <source>%1: manifest has no rows</source>
        <translation>%1 : le manifeste ne contient aucune ligne</translation>
    </message>
    <message>
        <source>%1:%2: row %3 is outside %4 (%5 records)</source>
        <translation>%1:%2 : la ligne %3 est en dehors de %4 (%5 enregistrements)</translation>
    </message>
    <message>
        <source>%1:%2: label %3 differs from the data file&apos;s label %4</source>
        <translation>%1:%2 : l&apos;étiquette %3 diffère de l&apos;étiquette %4 du fichier de données</translation>
    </message>
    <message>
        <source>%1:%2: duplicate record_id &apos;%3&apos;</source>
        <translation>%1:%2 : record_id « %3 » en double</translation>
    </message>
    <message>
        <source>%1:%2: row %3 listed twice</source>
        <translation>%1:%2 : la ligne %3 figure deux fois</translation>
    </message>
    <message>
        <source>%1: %2 record_id(s) already exist in the project (first: &apos;%3&apos;)</source>
        <translation>%1 : %2 record_id existe(nt) déjà dans le projet (premier : « %3 »)</translation>
    </message>
    <message>
        <source>%1: a file of that name exists</source>
        <translation>%1 : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>--format must be idx, csv or folder</source>
        <translation>--format doit valoir idx, csv ou folder</translation>
    </message>
    <message>
        <source>IDX import needs --labels (the IDX labels file)</source>
        <translation>l&apos;import IDX nécessite --labels (le fichier d&apos;étiquettes IDX)</translation>
    </message>
    <message>
        <source>%1: not a folder of images</source>
        <translation>%1 : n&apos;est pas un répertoire d&apos;images</translation>
    </message>
    <message>
        <source>--recipe is the training recipe of an imported model: give --model with it</source>
        <translation>--recipe est la recette d&apos;entraînement d&apos;un modèle importé : indiquez aussi --model</translation>
    </message>
    <message>
        <source>%1:%2: file &apos;%3&apos; listed twice</source>
        <translation>%1:%2 : le fichier « %3 » figure deux fois</translation>
    </message>
    <message>
        <source>%1: not JSON (at byte %2)</source>
        <translation>%1 : n&apos;est pas du JSON (à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>%1: the key &apos;%2&apos; is given twice</source>
        <translation>%1 : la clé « %2 » apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: record shape differs from the project&apos;s first dataset</source>
        <translation>%1 : la forme des enregistrements diffère de celle du premier jeu de données du projet</translation>
    </message>
    <message>
        <source>%1: no &apos;train&apos; records: the model&apos;s training set is unknown</source>
        <translation>%1 : aucun enregistrement « train » : les données d&apos;entraînement du modèle sont inconnues</translation>
    </message>
    <message>
        <source>%1: a data file of that name exists</source>
        <translation>%1 : un fichier de données de ce nom existe déjà</translation>
    </message>
    <message>
        <source>%1:%2: %3 must be an integer in %4..%5, not &apos;%6&apos;</source>
        <translation>%1:%2 : %3 doit être un entier compris entre %4 et %5, et non « %6 »</translation>
    </message>
    <message>
        <source>%1: dataset has no &apos;%2&apos;</source>
        <translation>%1 : « %2 » manque dans le jeu de données</translation>
    </message>
    <message>
        <source>%1: a run has no &apos;%2&apos;</source>
        <translation>%1 : « %2 » manque dans un entraînement</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no &apos;%3&apos;</source>
        <translation>%1 : « %3 » manque dans l&apos;entraînement « %2 »</translation>
    </message>
    <message>
        <source>%1: dataset: &apos;%2&apos; must be a non-empty string</source>
        <translation>%1 : jeu de données : « %2 » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>%1: a run: &apos;%2&apos; must be a non-empty string</source>
        <translation>%1 : un entraînement : « %2 » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;%3&apos; must be a non-empty string</source>
        <translation>%1 : entraînement « %2 » : « %3 » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;%3&apos; must be an integer in %4..%5</source>
        <translation>%1 : entraînement « %2 » : « %3 » doit être un entier compris entre %4 et %5</translation>
    </message>
    <message>
        <source>%1: missing; a lineage folder has a lineage.json</source>
        <translation>%1 : introuvable ; un répertoire de traçabilité contient un fichier lineage.json</translation>
    </message>
    <message>
        <source>%1: not a Lethe lineage folder (&quot;format&quot; is not &quot;lethe-lineage&quot;)</source>
        <translation>%1 : n&apos;est pas un répertoire de traçabilité Lethe (« format » ne vaut pas « lethe-lineage »)</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; is missing or not an integer</source>
        <translation>%1 : « version » est absent ou n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>%1: format version %2; this Lethe reads version %3</source>
        <translation>%1 : version de format %2 ; cette version de Lethe lit la version %3</translation>
    </message>
    <message>
        <source>%1: &quot;runs&quot; must be a non-empty list</source>
        <translation>%1 : « runs » doit être une liste non vide</translation>
    </message>
    <message>
        <source>%1: update logs (amnesiac) are not in format version 1; leave them out</source>
        <translation>%1 : les journaux des mises à jour (amnesiac) ne font pas partie de la version 1 du format ; omettez-les</translation>
    </message>
    <message>
        <source>%1: each run is a JSON object</source>
        <translation>%1 : chaque entraînement est un objet JSON</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: a run&apos;s name is at most 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (it names a folder)</source>
        <translation>%1 : entraînement « %2 » : le nom d&apos;un entraînement comporte au plus 64 lettres, chiffres, « - », « _ » ou « . » (il sert de nom de répertoire)</translation>
    </message>
    <message>
        <source>%1: two runs are named &apos;%2&apos;</source>
        <translation>%1 : deux entraînements s&apos;appellent « %2 »</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;lethe_config&apos; is not a Lethe training config</source>
        <translation>%1 : entraînement « %2 » : « lethe_config » n&apos;est pas une configuration d&apos;entraînement Lethe</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;hidden&apos; must be in 1..1048576</source>
        <translation>%1 : entraînement « %2 » : « hidden » doit être compris entre 1 et 1048576</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;%3&apos; differs from its &apos;lethe_config&apos;</source>
        <translation>%1 : entraînement « %2 » : « %3 » diffère de la valeur de son « lethe_config »</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no &apos;recipe&apos; (optimizer, lr, epochs, batch_size, ...)</source>
        <translation>%1 : l&apos;entraînement « %2 » n&apos;a pas de « recipe » (optimizer, lr, epochs, batch_size, ...)</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: &apos;seed&apos; must be a whole number from 0</source>
        <translation>%1 : entraînement « %2 » : « seed » doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: %3</source>
        <translation>%1 : entraînement « %2 » : %3</translation>
    </message>
    <message>
        <source>%1: missing (%2: run &apos;%3&apos;)</source>
        <translation>%1 : introuvable (%2 : entraînement « %3 »)</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, the lineage says %3 (%4: run &apos;%5&apos;)</source>
        <translation>%1 : l&apos;empreinte SHA-256 est %2, la traçabilité indique %3 (%4 : entraînement « %5 »)</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos;: unknown arch &apos;%3&apos; (logreg, mlp, cnn or torchscript)</source>
        <translation>%1 : entraînement « %2 » : architecture inconnue « %3 » (logreg, mlp, cnn ou torchscript)</translation>
    </message>
    <message>
        <source>%1: missing; lineage.json names a dataset, so records.csv lists its records</source>
        <translation>%1 : introuvable ; lineage.json désigne un jeu de données, records.csv doit donc en lister les enregistrements</translation>
    </message>
    <message>
        <source>%1: missing; a lineage folder lists its runs&apos; placements</source>
        <translation>%1 : introuvable ; un répertoire de traçabilité liste les affectations de ses entraînements</translation>
    </message>
    <message>
        <source>%1:%2: unknown run &apos;%3&apos; (lineage.json has no such run)</source>
        <translation>%1:%2 : entraînement inconnu « %3 » (lineage.json ne contient aucun entraînement de ce nom)</translation>
    </message>
    <message>
        <source>%1:%2: placement of unknown record &apos;%3&apos; (records.csv has no such record_id)</source>
        <translation>%1:%2 : affectation d&apos;un enregistrement inconnu « %3 » (records.csv ne contient pas ce record_id)</translation>
    </message>
    <message>
        <source>%1:%2: placement of unknown record &apos;%3&apos; (the project has no such record_id)</source>
        <translation>%1:%2 : affectation d&apos;un enregistrement inconnu « %3 » (le projet ne contient pas ce record_id)</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; is a &apos;%4&apos; record: only training records are placed</source>
        <translation>%1:%2 : l&apos;enregistrement « %3 » est un enregistrement « %4 » : seuls les enregistrements d&apos;entraînement sont affectés</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; sits in two shards of run &apos;%4&apos; (shard %5 on line %6, shard %7 here): a record trains one shard only</source>
        <translation>%1:%2 : l&apos;enregistrement « %3 » se trouve dans deux fragments de l&apos;entraînement « %4 » (fragment %5 à la ligne %6, fragment %7 ici) : un enregistrement n&apos;entraîne qu&apos;un seul fragment</translation>
    </message>
    <message>
        <source>%1:%2: record &apos;%3&apos; is placed twice in run &apos;%4&apos; (first on line %5)</source>
        <translation>%1:%2 : l&apos;enregistrement « %3 » est affecté deux fois dans l&apos;entraînement « %4 » (la première fois à la ligne %5)</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no placements</source>
        <translation>%1 : l&apos;entraînement « %2 » n&apos;a aucune affectation</translation>
    </message>
    <message>
        <source>%1:%2: stage %3 of shard %4 of run &apos;%5&apos; claims record &apos;%6&apos;, which the run does not place</source>
        <translation>%1:%2 : l&apos;étape %3 du fragment %4 de l&apos;entraînement « %5 » déclare l&apos;enregistrement « %6 », que l&apos;entraînement n&apos;affecte pas</translation>
    </message>
    <message>
        <source>%1:%2: stage %3 of shard %4 of run &apos;%5&apos; claims record &apos;%6&apos; of shard %7</source>
        <translation>%1:%2 : l&apos;étape %3 du fragment %4 de l&apos;entraînement « %5 » déclare l&apos;enregistrement « %6 » du fragment %7</translation>
    </message>
    <message>
        <source>%1:%2: stage %3 of shard %4 of run &apos;%5&apos; claims record &apos;%6&apos; from slice %7, a later slice (a stage sees slices 0..%3)</source>
        <translation>%1:%2 : l&apos;étape %3 du fragment %4 de l&apos;entraînement « %5 » déclare l&apos;enregistrement « %6 » de la tranche %7, une tranche ultérieure (une étape voit les tranches 0 à %3)</translation>
    </message>
    <message>
        <source>%1: stage %2 of shard %3 of run &apos;%4&apos; did not see record &apos;%5&apos; of slice %6, which it should have (slices 0..%2)</source>
        <translation>%1 : l&apos;étape %2 du fragment %3 de l&apos;entraînement « %4 » n&apos;a pas vu l&apos;enregistrement « %5 » de la tranche %6, qu&apos;elle aurait dû voir (tranches 0 à %2)</translation>
    </message>
    <message>
        <source>%1: missing; a lineage folder lists its runs&apos; checkpoints</source>
        <translation>%1 : introuvable ; un répertoire de traçabilité liste les points de contrôle de ses entraînements</translation>
    </message>
    <message>
        <source>%1:%2: a second checkpoint of shard %3, stage %4 (first on line %5)</source>
        <translation>%1:%2 : second point de contrôle du fragment %3, étape %4 (le premier à la ligne %5)</translation>
    </message>
    <message>
        <source>%1:%2: checkpoint file %3 is missing</source>
        <translation>%1:%2 : le fichier de point de contrôle %3 est introuvable</translation>
    </message>
    <message>
        <source>%1:%2: checkpoint file %3 has SHA-256 %4, the lineage says %5 (changed or replaced)</source>
        <translation>%1:%2 : le fichier de point de contrôle %3 a l&apos;empreinte SHA-256 %4, la traçabilité indique %5 (modifié ou remplacé)</translation>
    </message>
    <message>
        <source>%1:%2: records_sha256 of shard %3, stage %4 does not match the records placements.csv puts in slices 0..%4 of that shard: the checkpoint saw other records</source>
        <translation>%1:%2 : records_sha256 du fragment %3, étape %4 ne correspond pas aux enregistrements que placements.csv affecte aux tranches 0 à %4 de ce fragment : le point de contrôle a vu d&apos;autres enregistrements</translation>
    </message>
    <message>
        <source>%1:%2: n_records is %3; slices 0..%4 of shard %5 hold %6</source>
        <translation>%1:%2 : n_records vaut %3 ; les tranches 0 à %4 du fragment %5 en contiennent %6</translation>
    </message>
    <message>
        <source>%1:%2: run &apos;%3&apos;, shard %4, stage %5 has no row in checkpoints.csv</source>
        <translation>%1:%2 : entraînement « %3 », fragment %4, étape %5 : aucune ligne dans checkpoints.csv</translation>
    </message>
    <message>
        <source>%1: run &apos;%2&apos; has no checkpoint of shard %3, stage %4 (its last): that shard&apos;s model is unknown</source>
        <translation>%1 : l&apos;entraînement « %2 » n&apos;a pas de point de contrôle du fragment %3, étape %4 (sa dernière) : le modèle de ce fragment est inconnu</translation>
    </message>
    <message>
        <source>%1: not the run&apos;s architecture (%2): its parameters or their shapes differ (%3: run &apos;%4&apos;)</source>
        <translation>%1 : ne correspond pas à l&apos;architecture de l&apos;entraînement (%2) : ses paramètres ou leurs formes diffèrent (%3 : entraînement « %4 »)</translation>
    </message>
    <message>
        <source>%1: gives %2 logits per record, other checkpoints of run &apos;%3&apos; %4</source>
        <translation>%1 : produit %2 logits par enregistrement, les autres points de contrôle de l&apos;entraînement « %3 » en produisent %4</translation>
    </message>
    <message>
        <source>%1: exists; this lineage folder was imported already</source>
        <translation>%1 : existe déjà ; ce répertoire de traçabilité a déjà été importé</translation>
    </message>
    <message>
        <source>%1: changed while it was copied</source>
        <translation>%1 : modifié pendant la copie</translation>
    </message>
    <message>
        <source>%1: not a folder (a lineage folder holds lineage.json and its tables)</source>
        <translation>%1 : n&apos;est pas un répertoire (un répertoire de traçabilité contient lineage.json et ses tables)</translation>
    </message>
    <message>
        <source>%1: dataset must be a JSON object</source>
        <translation>%1 : le jeu de données doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: missing (%2: dataset)</source>
        <translation>%1 : introuvable (%2 : jeu de données)</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, the lineage says %3</source>
        <translation>%1 : l&apos;empreinte SHA-256 est %2, la traçabilité indique %3</translation>
    </message>
    <message>
        <source>%1: SHA-256 does not match the lineage&apos;s</source>
        <translation>%1 : l&apos;empreinte SHA-256 ne correspond pas à celle de la traçabilité</translation>
    </message>
    <message>
        <source>%1: no &quot;dataset&quot;, and the project has no records for the runs to place</source>
        <translation>%1 : pas de « dataset », et le projet ne contient aucun enregistrement à affecter aux entraînements</translation>
    </message>
    <message>
        <source>%1: exists and is not an empty folder; export writes a new lineage folder</source>
        <translation>%1 : existe et n&apos;est pas un répertoire vide ; l&apos;export écrit un nouveau répertoire de traçabilité</translation>
    </message>
    <message>
        <source>%1: holds %2 datasets; format version 1 carries exactly one</source>
        <translation>%1 : contient %2 jeux de données ; la version 1 du format en transporte exactement un</translation>
    </message>
    <message>
        <source>%1: record &apos;%2&apos; was redacted; a lineage folder cannot carry it</source>
        <translation>%1 : l&apos;enregistrement « %2 » a été caviardé ; un répertoire de traçabilité ne peut pas le contenir</translation>
    </message>
    <message>
        <source>%1: no trained model whose every shard is still live (a forget job purges the shards it retrains): nothing to export</source>
        <translation>%1 : aucun modèle entraîné dont tous les fragments sont encore actifs (une tâche d&apos;oubli purge les fragments qu&apos;elle réentraîne) : rien à exporter</translation>
    </message>
    <message>
        <source>%1: no reference pool with id %2</source>
        <translation>%1 : aucun pool de référence avec l&apos;identifiant %2</translation>
    </message>
    <message>
        <source>no erasure request with id %1</source>
        <translation>aucune demande d&apos;effacement avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1: a lineage database already exists here</source>
        <translation>%1 : une base de traçabilité existe déjà ici</translation>
    </message>
    <message>
        <source>%1: no lineage database here</source>
        <translation>%1 : aucune base de traçabilité ici</translation>
    </message>
    <message>
        <source>%1: lineage database has schema version %2, newer than this Lethe understands (%3); open it with a newer Lethe</source>
        <translation>%1 : la base de traçabilité a la version de schéma %2, plus récente que celle que comprend cette version de Lethe (%3) ; ouvrez-la avec une version plus récente de Lethe</translation>
    </message>
    <message>
        <source>%1: not a Lethe lineage database (no schema version)</source>
        <translation>%1 : n&apos;est pas une base de traçabilité Lethe (aucune version de schéma)</translation>
    </message>
    <message>
        <source>%1: migrating the lineage database to schema version %2 breaks a reference in table %3; the database was left as it was</source>
        <translation>%1 : la migration de la base de traçabilité vers la version de schéma %2 rompt une référence dans la table %3 ; la base a été laissée en l&apos;état</translation>
    </message>
    <message>
        <source>no dataset with id %1</source>
        <translation>aucun jeu de données avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1&apos;</source>
        <translation>personne concernée inconnue « %1 »</translation>
    </message>
    <message>
        <source>query: unterminated string in &apos;%1&apos;</source>
        <translation>requête : chaîne non terminée dans « %1 »</translation>
    </message>
    <message>
        <source>query: expected &apos;field op value&apos; in &apos;%1&apos;</source>
        <translation>requête : « champ op valeur » attendu dans « %1 »</translation>
    </message>
    <message>
        <source>query: unknown field &apos;%1&apos; (fields: id, key, label, split, source, subject, collected_at, dataset, row)</source>
        <translation>requête : champ inconnu « %1 » (champs : id, key, label, split, source, subject, collected_at, dataset, row)</translation>
    </message>
    <message>
        <source>query: unknown operator &apos;%1&apos;</source>
        <translation>requête : opérateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>query: expected &apos;and&apos; after a condition, got &apos;%1&apos;</source>
        <translation>requête : « and » attendu après une condition, « %1 » trouvé</translation>
    </message>
    <message>
        <source>query: dangling &apos;and&apos; in &apos;%1&apos;</source>
        <translation>requête : « and » orphelin dans « %1 »</translation>
    </message>
    <message>
        <source>query: empty expression</source>
        <translation>requête : expression vide</translation>
    </message>
    <message>
        <source>no training run with id %1</source>
        <translation>aucun entraînement avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no model with id %1</source>
        <translation>aucun modèle avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no job with id %1</source>
        <translation>aucune tâche avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no audit with id %1</source>
        <translation>aucun audit avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1: cannot open the lineage database: out of memory</source>
        <translation>%1 : impossible d&apos;ouvrir la base de traçabilité : mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: cannot open the lineage database: %2</source>
        <translation>%1 : impossible d&apos;ouvrir la base de traçabilité : %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>%1: SQL failed (%2): %3</source>
        <translation>%1 : échec de la requête SQL (%2) : %3</translation>
    </message>
    <message>
        <source>%1: cannot prepare (%2): %3</source>
        <translation>%1 : impossible de préparer la requête (%2) : %3</translation>
    </message>
    <message>
        <source>model %1 was purged (it saw erased records); its audits remain in the lineage database</source>
        <translation>le modèle %1 a été purgé (il avait vu des enregistrements effacés) ; ses audits restent dans la base de traçabilité</translation>
    </message>
    <message>
        <source>model %1: shard model %2 was purged</source>
        <translation>modèle %1 : le modèle du fragment %2 a été purgé</translation>
    </message>
    <message>
        <source>model %1 has no member files</source>
        <translation>le modèle %1 n&apos;a aucun fichier membre</translation>
    </message>
    <message>
        <source>torchscript model spec without its architecture file resolved (resolve_script)</source>
        <translation>spécification de modèle torchscript dont le fichier d&apos;architecture n&apos;a pas été résolu (resolve_script)</translation>
    </message>
    <message>
        <source>%1: architecture file changed since it was recorded (SHA-256 does not match the lineage database)</source>
        <translation>%1 : le fichier d&apos;architecture a changé depuis son enregistrement (l&apos;empreinte SHA-256 ne correspond pas à la base de traçabilité)</translation>
    </message>
    <message>
        <source>model spec: empty input or fewer than two classes</source>
        <translation>spécification de modèle : entrée vide ou moins de deux classes</translation>
    </message>
    <message>
        <source>model spec: cnn needs image input of at least 16x16 (channels, height, width)</source>
        <translation>spécification de modèle : cnn nécessite une entrée image d&apos;au moins 16x16 (canaux, hauteur, largeur)</translation>
    </message>
    <message>
        <source>unknown architecture &apos;%1&apos; (known: logreg, mlp, cnn)</source>
        <translation>architecture inconnue « %1 » (connues : logreg, mlp, cnn)</translation>
    </message>
    <message>
        <source>%1: parameter &apos;%2&apos; holds NaN or infinite values</source>
        <translation>%1 : le paramètre « %2 » contient des valeurs NaN ou infinies</translation>
    </message>
    <message>
        <source>%1: not a &apos;%2&apos; model: parameter &apos;%3&apos; is missing</source>
        <translation>%1 : n&apos;est pas un modèle « %2 » : le paramètre « %3 » est absent</translation>
    </message>
    <message>
        <source>%1: not a &apos;%2&apos; model of this shape: parameter &apos;%3&apos; has shape %4, expected %5</source>
        <translation>%1 : n&apos;est pas un modèle « %2 » de cette forme : le paramètre « %3 » a la forme %4, %5 attendue</translation>
    </message>
    <message>
        <source>%1: not a readable model file (%2)</source>
        <translation>%1 : n&apos;est pas un fichier de modèle lisible (%2)</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;: this LibTorch sees no CUDA device</source>
        <translation>périphérique « %1 » : cette version de LibTorch ne détecte aucun périphérique CUDA</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;: only %2 CUDA device(s)</source>
        <translation>périphérique « %1 » : seulement %2 périphérique(s) CUDA</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos; (use auto, cpu, cuda or cuda:N)</source>
        <translation>périphérique inconnu « %1 » (utilisez auto, cpu, cuda ou cuda:N)</translation>
    </message>
    <message>
        <source>%1: not a TorchScript model (torch.jit.load: %2)</source>
        <translation>%1 : n&apos;est pas un modèle TorchScript (torch.jit.load : %2)</translation>
    </message>
    <message>
        <source>%1: the TorchScript model has no forward method</source>
        <translation>%1 : le modèle TorchScript n&apos;a pas de méthode forward</translation>
    </message>
    <message>
        <source>%1: the model&apos;s forward fails on the dataset&apos;s input of shape %2 (float32): %3</source>
        <translation>%1 : la méthode forward du modèle échoue sur l&apos;entrée du jeu de données, de forme %2 (float32) : %3</translation>
    </message>
    <message>
        <source>%1: forward returns %2, not logits: a float tensor of shape [batch, n_classes] = [%3, n_classes]</source>
        <translation>%1 : forward renvoie %2, et non des logits : un tenseur flottant de forme [batch, n_classes] = [%3, n_classes]</translation>
    </message>
    <message>
        <source>%1: forward returns a %2 tensor of shape %3, not logits: a float tensor of shape [batch, n_classes] = [%4, n_classes]</source>
        <translation>%1 : forward renvoie un tenseur %2 de forme %3, et non des logits : un tenseur flottant de forme [batch, n_classes] = [%4, n_classes]</translation>
    </message>
    <message>
        <source>%1: forward returns %2 logits per record; the dataset has %3 classes</source>
        <translation>%1 : forward renvoie %2 logits par enregistrement ; le jeu de données a %3 classes</translation>
    </message>
    <message>
        <source>%1: forward returns NaN or infinite logits</source>
        <translation>%1 : forward renvoie des logits NaN ou infinis</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a number</source>
        <translation>%1 : « %2 » doit être un nombre</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3, outside (%4, %5]</source>
        <translation>%1 : « %2 » vaut %3, hors de l&apos;intervalle ]%4 ; %5]</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3, outside [%4, %5]</source>
        <translation>%1 : « %2 » vaut %3, hors de l&apos;intervalle [%4 ; %5]</translation>
    </message>
    <message>
        <source>%1: a recipe is one JSON object</source>
        <translation>%1 : une recette est un unique objet JSON</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (a recipe has optimizer, lr, lr_schedule, momentum, weight_decay, batch_size, epochs and seed)</source>
        <translation>%1 : clé inconnue « %2 » (une recette comporte optimizer, lr, lr_schedule, momentum, weight_decay, batch_size, epochs et seed)</translation>
    </message>
    <message>
        <source>%1: the recipe lacks %2 (a recipe needs optimizer, lr, epochs and batch_size)</source>
        <translation>%1 : il manque %2 à la recette (une recette exige optimizer, lr, epochs et batch_size)</translation>
    </message>
    <message>
        <source>%1: &apos;optimizer&apos; must be &quot;sgd&quot;, &quot;adam&quot; or &quot;adamw&quot;, not %2</source>
        <translation>%1 : « optimizer » doit valoir &quot;sgd&quot;, &quot;adam&quot; ou &quot;adamw&quot;, et non %2</translation>
    </message>
    <message>
        <source>%1: &apos;batch_size&apos; must be a whole number</source>
        <translation>%1 : « batch_size » doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1: &apos;momentum&apos; must be below 1</source>
        <translation>%1 : « momentum » doit être inférieur à 1</translation>
    </message>
    <message>
        <source>%1: &apos;seed&apos; must be a whole number from 0, not %2</source>
        <translation>%1 : « seed » doit être un nombre entier positif ou nul, et non %2</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; in &apos;lr_schedule&apos; (a step schedule has step and gamma)</source>
        <translation>%1 : clé inconnue « %2 » dans « lr_schedule » (une planification par paliers comporte step et gamma)</translation>
    </message>
    <message>
        <source>%1: &apos;lr_schedule&apos; must be &quot;constant&quot;, &quot;cosine&quot; or {&quot;step&quot;: EPOCHS, &quot;gamma&quot;: FACTOR}, not %2</source>
        <translation>%1 : « lr_schedule » doit valoir &quot;constant&quot;, &quot;cosine&quot; ou {&quot;step&quot;: EPOCHS, &quot;gamma&quot;: FACTOR}, et non %2</translation>
    </message>
    <message>
        <source>--shards must be in 1..1000</source>
        <translation>--shards doit être compris entre 1 et 1000</translation>
    </message>
    <message>
        <source>--slices must be in 1..100</source>
        <translation>--slices doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <source>--epochs must be in (0, 1000]</source>
        <translation>--epochs doit être dans l&apos;intervalle ]0 ; 1000]</translation>
    </message>
    <message>
        <source>batch size must be positive</source>
        <translation>la taille de lot doit être positive</translation>
    </message>
    <message>
        <source>learning rate must be positive</source>
        <translation>le taux d&apos;apprentissage doit être positif</translation>
    </message>
    <message>
        <source>shard policy must be subject or random</source>
        <translation>la politique de répartition en fragments doit être subject ou random</translation>
    </message>
    <message>
        <source>aggregation must be mean or vote</source>
        <translation>l&apos;agrégation doit être mean ou vote</translation>
    </message>
    <message>
        <source>optimizer must be sgd, adam or adamw</source>
        <translation>l&apos;optimiseur doit être sgd, adam ou adamw</translation>
    </message>
    <message>
        <source>learning-rate schedule must be constant, cosine or step</source>
        <translation>la planification du taux d&apos;apprentissage doit être constant, cosine ou step</translation>
    </message>
    <message>
        <source>unknown shard policy &apos;%1&apos;</source>
        <translation>politique de répartition en fragments inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1: a run that records its updates retrains in the coordinator</source>
        <translation>%1 : un entraînement qui consigne ses mises à jour est réentraîné dans le coordinateur</translation>
    </message>
    <message>
        <source>a shard unit&apos;s result names a checkpoint it does not check: %1; refused</source>
        <translation>le résultat d&apos;une unité de fragment désigne un point de contrôle qu&apos;il ne vérifie pas : %1 ; refusé</translation>
    </message>
    <message>
        <source>update logs of different parameter counts cannot be joined</source>
        <translation>impossible de joindre des journaux des mises à jour dont les nombres de paramètres diffèrent</translation>
    </message>
    <message>
        <source>%1: not a Lethe update log</source>
        <translation>%1 : n&apos;est pas un journal des mises à jour Lethe</translation>
    </message>
    <message>
        <source>%1: update log with no parameters</source>
        <translation>%1 : journal des mises à jour sans paramètres</translation>
    </message>
    <message>
        <source>%1: truncated update log</source>
        <translation>%1 : journal des mises à jour tronqué</translation>
    </message>
    <message>
        <source>none of the %1 selected records is a training record (they are test or population records): no model trained on them, so there is nothing to erase</source>
        <translation>aucun des %1 enregistrements sélectionnés n&apos;est un enregistrement d&apos;entraînement (ce sont des enregistrements de test ou de population) : aucun modèle n&apos;a été entraîné sur eux, il n&apos;y a donc rien à effacer</translation>
    </message>
    <message>
        <source>the shard retrains failed on %1; nothing was committed:%2</source>
        <translation>le réentraînement des fragments a échoué sur %1 ; rien n&apos;a été validé :%2</translation>
    </message>
    <message>
        <source>%1: the lineage database holds schema objects Lethe did not create (%2); it was not opened, and none of them ran</source>
        <translation>%1 : la base de traçabilité contient des objets de schéma que Lethe n&apos;a pas créés (%2) ; elle n&apos;a pas été ouverte et aucun d&apos;eux n&apos;a été exécuté</translation>
    </message>
    <message>
        <source>%1: the lineage database&apos;s %2 differs from what Lethe created; it was not opened</source>
        <translation>%1 : %2 de la base de traçabilité diffère de ce que Lethe a créé ; elle n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <source>%1: the lineage database&apos;s %2 differ from what Lethe created; it was not opened</source>
        <translation>%1 : %2 de la base de traçabilité diffèrent de ce que Lethe a créé ; elle n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <source>%1: the lineage database lacks %2; it was not opened</source>
        <translation>%1 : il manque %2 à la base de traçabilité ; elle n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>job %1 is a %2 job, not a forget job</source>
        <translation>la tâche %1 est une tâche %2, pas une tâche d&apos;oubli</translation>
    </message>
</context>
<context>
    <name>MethodParamsEditor</name>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Minimum epochs</source>
        <translation>Nombre minimal d&apos;époques</translation>
    </message>
    <message>
        <source>Epochs of max steps</source>
        <translation>Époques de maximisation</translation>
    </message>
    <message>
        <source>Fine-tuning epochs</source>
        <translation>Époques d&apos;affinage</translation>
    </message>
    <message>
        <source>Stop at loss ratio</source>
        <translation>Arrêt au ratio de perte</translation>
    </message>
    <message>
        <source>Retain weight</source>
        <translation>Poids de l&apos;ensemble conservé</translation>
    </message>
    <message>
        <source>Weights updated</source>
        <translation>Poids mis à jour</translation>
    </message>
    <message>
        <source>Retained sample</source>
        <translation>Échantillon conservé</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Facteur de bruit maximal</translation>
    </message>
    <message>
        <source>Fisher samples</source>
        <translation>Échantillons de Fisher</translation>
    </message>
    <message>
        <source>L2 strength</source>
        <translation>Intensité L2</translation>
    </message>
    <message>
        <source>Residual budget</source>
        <translation>Budget résiduel</translation>
    </message>
    <message>
        <source>Solver iterations</source>
        <translation>Itérations du solveur</translation>
    </message>
    <message>
        <source>Solver tolerance</source>
        <translation>Tolérance du solveur</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Method parameters</source>
        <translation>Paramètres de la méthode</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Audit before and after</source>
        <translation>Audit avant et après</translation>
    </message>
    <message>
        <source>Keep the input model</source>
        <translation>Conserver le modèle d&apos;entrée</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Kind of method</source>
        <translation>Type de méthode</translation>
    </message>
    <message>
        <source>Purge reference models</source>
        <translation>Purger les modèles de référence</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>Fichier d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Ensemble vote</source>
        <translation>Vote de l&apos;ensemble</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unités cachées</translation>
    </message>
    <message>
        <source>Record the update log</source>
        <translation>Consigner le journal des mises à jour</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Shard placement</source>
        <translation>Répartition en fragments</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Planification du taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Rate steps every (epochs)</source>
        <translation>Palier du taux toutes les (époques)</translation>
    </message>
    <message>
        <source>Rate factor at each step</source>
        <translation>Facteur du taux à chaque palier</translation>
    </message>
    <message>
        <source>Owner&apos;s recipe (SHA-256)</source>
        <translation>Recette du propriétaire (SHA-256)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ensemble of SISA shards imported from PyTorch</source>
        <translation>ensemble de fragments SISA importé de PyTorch</translation>
    </message>
    <message>
        <source>model imported from PyTorch</source>
        <translation>modèle importé de PyTorch</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>régression logistique</translation>
    </message>
    <message>
        <source>%1 ensemble of SISA shards</source>
        <translation>ensemble de fragments SISA de type %1</translation>
    </message>
    <message>
        <source>The audit holds no per-subject test for this subject, so its power is unknown.</source>
        <translation>L&apos;audit ne comporte aucun test par personne pour cette personne concernée ; la puissance du test est donc inconnue.</translation>
    </message>
    <message>
        <source>No reference model trained on the subject&apos;s records remains, so the test&apos;s power is unknown: an inconclusive result here proves little.</source>
        <translation>Il ne reste aucun modèle de référence entraîné sur les enregistrements de la personne concernée ; la puissance du test est donc inconnue : un résultat non concluant prouve ici peu de chose.</translation>
    </message>
    <message>
        <source>Power: a model that still remembered the subject&apos;s records (%1) would have been caught in more than 99 of 100 such tests.</source>
        <translation>Puissance : un modèle qui se souviendrait encore des enregistrements de la personne concernée (%1) aurait été détecté dans plus de 99 tests de ce type sur 100.</translation>
    </message>
    <message>
        <source>Power: a model that still remembered the subject&apos;s records (%1) would have been caught in fewer than 1 of 100 such tests, so finding nothing proves little.</source>
        <translation>Puissance : un modèle qui se souviendrait encore des enregistrements de la personne concernée (%1) aurait été détecté dans moins de 1 test de ce type sur 100 ; ne rien trouver prouve donc peu de chose.</translation>
    </message>
    <message>
        <source>Power: a model that still remembered the subject&apos;s records (%1) would have been caught in about %2 of 100 such tests.</source>
        <translation>Puissance : un modèle qui se souviendrait encore des enregistrements de la personne concernée (%1) aurait été détecté dans environ %2 tests de ce type sur 100.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What was asked&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h3&gt;Ce qui a été demandé&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Data subject (pseudonym)</source>
        <translation>Personne concernée (pseudonyme)</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>on %1 (deadline %2)</source>
        <translation>le %1 (échéance %2)</translation>
    </message>
    <message>
        <source>Auditor&apos;s note</source>
        <translation>Note de l&apos;auditeur</translation>
    </message>
    <message>
        <source>Answered over open findings, because</source>
        <translation>Réponse apportée malgré des constats ouverts, car</translation>
    </message>
    <message>
        <source>Lethe&apos;s own copy</source>
        <translation>Copie propre à Lethe</translation>
    </message>
    <message numerus="yes">
        <source>the subject&apos;s %Ln raw record(s) were redacted from this project&apos;s dataset copies on %1; their SHA-256 and the scores below remain</source>
        <translation>
            <numerusform>%Ln enregistrement brut de la personne concernée a été caviardé des copies du jeu de données de ce projet le %1 ; son empreinte SHA-256 et les scores ci-dessous sont conservés</numerusform>
            <numerusform>%Ln enregistrements bruts de la personne concernée ont été caviardés des copies du jeu de données de ce projet le %1 ; leurs empreintes SHA-256 et les scores ci-dessous sont conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>the subject&apos;s raw records are still in this project&apos;s dataset copies (lethe requests redact removes them)</source>
        <translation>les enregistrements bruts de la personne concernée figurent encore dans les copies du jeu de données de ce projet (lethe requests redact les supprime)</translation>
    </message>
    <message>
        <source>Refused (Art. 12(4))</source>
        <translation>Refusée (art. 12(4))</translation>
    </message>
    <message>
        <source>Reason given to the subject</source>
        <translation>Motif communiqué à la personne concernée</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue by %n day(s)</source>
        <translation>
            <numerusform>%1, en retard de %n jour</numerusform>
            <numerusform>%1, en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) left</source>
        <translation>
            <numerusform>%1, %n jour restant</numerusform>
            <numerusform>%1, %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>exact: retrained without the records</source>
        <translation>exacte : réentraîné sans les enregistrements</translation>
    </message>
    <message>
        <source>exact method, but its output still trained on the records</source>
        <translation>méthode exacte, mais son résultat a encore été entraîné sur les enregistrements</translation>
    </message>
    <message>
        <source>approximate: adjusted, not retrained</source>
        <translation>approchée : ajusté, non réentraîné</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What was done&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ce qui a été fait&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model in the project was trained on the subject&apos;s records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun modèle du projet n&apos;a été entraîné sur les enregistrements de la personne concernée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;19%&apos;&gt;model in scope&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;trained on&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;method&lt;/th&gt;&lt;th width=&apos;20%&apos;&gt;erasure&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;when&lt;/th&gt;&lt;th width=&apos;19%&apos;&gt;result&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;19%&apos;&gt;modèle concerné&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;entraîné sur&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;méthode&lt;/th&gt;&lt;th width=&apos;20%&apos;&gt;effacement&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;date&lt;/th&gt;&lt;th width=&apos;19%&apos;&gt;résultat&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>modèle %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the subject&apos;s records</source>
        <translation>
            <numerusform>%Ln enregistrement de la personne concernée</numerusform>
            <numerusform>%Ln enregistrements de la personne concernée</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (tâche %2)</translation>
    </message>
    <message>
        <source>not handled yet</source>
        <translation>pas encore traité</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What is still open&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Ce qui reste en suspens&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Undecided: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Non tranché : %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The auditor has not closed the case: it stays %1 until it is answered or refused, with a note.&lt;/li&gt;</source>
        <translation>&lt;li&gt;L&apos;auditeur n&apos;a pas clos le dossier : il reste « %1 » tant qu&apos;il n&apos;a pas reçu de réponse ou fait l&apos;objet d&apos;un refus, avec une note.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Nothing: the request was refused (Art. 12(4)), for the reason above.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Rien : la demande a été refusée (art. 12(4)), pour le motif indiqué ci-dessus.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Nothing: every model that trained on the subject&apos;s records was handled, and the case is closed.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Rien : chaque modèle entraîné sur les enregistrements de la personne concernée a été traité, et le dossier est clos.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Lethe erasure report: case %1&lt;/h1&gt;&lt;p&gt;Data subject %2 · generated %3 UTC · signed by key %4&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Rapport d&apos;effacement Lethe : dossier %1&lt;/h1&gt;&lt;p&gt;Personne concernée %2 · généré le %3 UTC · signé par la clé %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case verdict: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Verdict du dossier : &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No job of the case has finished, so there is no audit to show yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune tâche du dossier n&apos;est terminée ; il n&apos;y a donc pas encore d&apos;audit à présenter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;The figure shows the first %1 of the %2 models handled; the findings below cover every one.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;La figure présente les %1 premiers des %2 modèles traités ; les constats ci-dessous les couvrent tous.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Each dot is one of the subject&apos;s records, scored by the audit before (red) and after (blue) the job. The grey bars are the test records, which the model never trained on. Exposure 0.5 is what a record the model never saw scores, 1 a record it plainly recognises: records that were forgotten sit among the grey bars, records still recognised far right.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Chaque point représente un enregistrement de la personne concernée, évalué par l&apos;audit avant (rouge) et après (bleu) la tâche. Les barres grises correspondent aux enregistrements de test, sur lesquels le modèle n&apos;a jamais été entraîné. Une exposition de 0.5 est le score d&apos;un enregistrement que le modèle n&apos;a jamais vu, 1 celui d&apos;un enregistrement qu&apos;il reconnaît clairement : les enregistrements oubliés se situent parmi les barres grises, ceux encore reconnus tout à droite.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Findings</source>
        <translation>1. Constats</translation>
    </message>
    <message>
        <source>&lt;p&gt;The EDPB (Opinion 28/2024) asks two questions of a model that trained on personal data: can the data be extracted from the model itself, and can it be obtained through queries to it, with all the means reasonably likely to be used. Each model in scope is answered on both, then on whether it still works.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le CEPD (avis 28/2024) pose deux questions au sujet d&apos;un modèle entraîné sur des données personnelles : les données peuvent-elles être extraites du modèle lui-même, et peuvent-elles être obtenues en l&apos;interrogeant, compte tenu de tous les moyens raisonnablement susceptibles d&apos;être utilisés ? Pour chaque modèle concerné, il est répondu à ces deux questions, puis à celle de savoir s&apos;il fonctionne encore.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1.%1 Model %2 (%3)</source>
        <translation>1.%1 Modèle %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Extraction from the model itself (EDPB, first part).&lt;/b&gt; What the lineage proves about the weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Extraction à partir du modèle lui-même (CEPD, premier volet).&lt;/b&gt; Ce que la traçabilité prouve au sujet des poids.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The weights were computed without the records, so they cannot hold them; this follows from the lineage and needs no statistical power.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les poids ont été calculés sans les enregistrements ; ils ne peuvent donc pas les contenir. Cela découle de la traçabilité et ne requiert aucune puissance statistique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The weights come from a model that trained on the records. No test here reads records out of weights, so this part rests on the behaviour below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les poids proviennent d&apos;un modèle entraîné sur les enregistrements. Aucun test ici ne lit d&apos;enregistrements dans les poids ; ce volet repose donc sur le comportement ci-dessous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Obtained through queries (EDPB, second part).&lt;/b&gt; Membership inference against models trained without the records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Obtention par des requêtes (CEPD, second volet).&lt;/b&gt; Inférence d&apos;appartenance par comparaison avec des modèles entraînés sans les enregistrements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Whether the model still works.&lt;/b&gt; Accuracy before, after and for a model retrained without the records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le modèle fonctionne-t-il encore ?&lt;/b&gt; Exactitude avant, après, et pour un modèle réentraîné sans les enregistrements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1.%1 The case as a whole</source>
        <translation>1.%1 Le dossier dans son ensemble</translation>
    </message>
    <message>
        <source>2. Methods</source>
        <translation>2. Méthodes</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forget job of this case has finished.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune tâche d&apos;oubli de ce dossier n&apos;est terminée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;job&lt;/th&gt;&lt;th&gt;model&lt;/th&gt;&lt;th&gt;method&lt;/th&gt;&lt;th&gt;device&lt;/th&gt;&lt;th&gt;started&lt;/th&gt;&lt;th&gt;finished&lt;/th&gt;&lt;th&gt;unlearning&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;tâche&lt;/th&gt;&lt;th&gt;modèle&lt;/th&gt;&lt;th&gt;méthode&lt;/th&gt;&lt;th&gt;périphérique&lt;/th&gt;&lt;th&gt;début&lt;/th&gt;&lt;th&gt;fin&lt;/th&gt;&lt;th&gt;désapprentissage&lt;/th&gt;&lt;/tr&gt;</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;Paramètres de la tâche %1 (%2)&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Appendix A%1: job %2, %3</source>
        <translation>Annexe A%1 : tâche %2, %3</translation>
    </message>
    <message>
        <source>A%1.%2 %3</source>
        <translation>A%1.%2 %3</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Per-subject test</source>
        <translation>Test par personne</translation>
    </message>
    <message>
        <source>Attacks, MIA-Efficacy and reference models</source>
        <translation>Attaques, MIA-Efficacy et modèles de référence</translation>
    </message>
    <message>
        <source>Per-record exposure</source>
        <translation>Exposition par enregistrement</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>model %1 (%2)
%3</source>
        <translation>modèle %1 (%2)
%3</translation>
    </message>
    <message>
        <source>3. Limits</source>
        <translation>3. Limites</translation>
    </message>
    <message>
        <source>4. Evidence</source>
        <translation>4. Preuves</translation>
    </message>
    <message>
        <source>Lethe erasure report, case %1 · page %2 of %3</source>
        <translation>Rapport d&apos;effacement Lethe, dossier %1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Slurm cluster</source>
        <translation>Cluster Slurm</translation>
    </message>
    <message>
        <source>Where the heavy work runs: here, or as a Slurm job array on the cluster this machine submits to, with the settings saved in the project (lethe references build --executor slurm --slurm-...; docs/cluster.md). Progress shows the tasks done, running and pending; Cancel cancels the array.</source>
        <translation>Où s&apos;exécutent les calculs lourds : ici, ou sous forme de tableau de tâches Slurm (job array) sur le cluster auquel cette machine soumet ses tâches, avec les paramètres enregistrés dans le projet (lethe references build --executor slurm --slurm-... ; docs/cluster.md). La progression indique les tâches terminées, en cours et en attente ; Annuler annule le tableau de tâches.</translation>
    </message>
    <message>
        <source>Exposure = Φ(LiRA offline z) against %1 reference model(s) of pool %2 (models retrained without the record&apos;s subject). LiRA online and RMIA are beside it.</source>
        <translation>Exposition = Φ(z LiRA hors ligne) par rapport à %1 modèle(s) de référence du pool %2 (modèles réentraînés sans la personne concernée de l&apos;enregistrement). LiRA en ligne et RMIA figurent à côté.</translation>
    </message>
    <message>
        <source> LiRA online is blank where %1</source>
        <translation> LiRA en ligne est vide lorsque %1</translation>
    </message>
    <message>
        <source>No reference pool%1: exposure is the loss attack&apos;s percentile among test records (mid-rank); LiRA and RMIA need a pool (Job &gt; Reference models…, then audit again).</source>
        <translation>Aucun pool de référence%1 : l&apos;exposition est le percentile de l&apos;attaque par perte parmi les enregistrements de test (rang médian) ; LiRA et RMIA nécessitent un pool (Tâche &gt; Modèles de référence…, puis nouvel audit).</translation>
    </message>
    <message>
        <source>Calibration check: the %1 test records, which neither the audited model nor any reference model trained on, have median exposure %2 (about 0.5 when the references match the audited model).</source>
        <translation>Contrôle d&apos;étalonnage : les %1 enregistrements de test, sur lesquels ni le modèle audité ni aucun modèle de référence n&apos;a été entraîné, ont une exposition médiane de %2 (environ 0.5 lorsque les modèles de référence correspondent au modèle audité).</translation>
    </message>
    <message>
        <source> &lt;b&gt;Off: read the exposures and the verdict&apos;s z with care&lt;/b&gt; (more or better-matched reference models).</source>
        <translation> &lt;b&gt;Décalé : interprétez les expositions et le z du verdict avec prudence&lt;/b&gt; (modèles de référence plus nombreux ou mieux appariés).</translation>
    </message>
    <message>
        <source>; n = %1 / %2; K = %3 reference models</source>
        <translation>; n = %1 / %2 ; K = %3 modèles de référence</translation>
    </message>
    <message>
        <source>&lt;p&gt;The after-audit holds no per-record exposure (no after-audit, or one from before issue 5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;audit final ne comporte aucune exposition par enregistrement (pas d&apos;audit final, ou audit antérieur au ticket 5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Most exposed records&lt;/b&gt; (%1 of the forget set): exposure = Φ(LiRA offline z) against K = %2 reference models; 0.5 is what models that never saw the record give.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Enregistrements les plus exposés&lt;/b&gt; (%1 de l&apos;ensemble à oublier) : exposition = Φ(z LiRA hors ligne) par rapport à K = %2 modèles de référence ; 0.5 est la valeur que donnent les modèles n&apos;ayant jamais vu l&apos;enregistrement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Most exposed records&lt;/b&gt; (%1 of the forget set): no reference pool, so exposure is the loss attack&apos;s percentile among test records (0.5 = like an unseen record).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Enregistrements les plus exposés&lt;/b&gt; (%1 de l&apos;ensemble à oublier) : aucun pool de référence ; l&apos;exposition est donc le percentile de l&apos;attaque par perte parmi les enregistrements de test (0.5 = comme un enregistrement jamais vu).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forget records were audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun enregistrement à oublier n&apos;a été audité.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=2 width=100%&gt;&lt;tr&gt;&lt;th&gt;rank&lt;/th&gt;&lt;th&gt;record&lt;/th&gt;&lt;th&gt;subject&lt;/th&gt;&lt;th&gt;class&lt;/th&gt;&lt;th&gt;correct&lt;/th&gt;&lt;th&gt;exposure&lt;/th&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=2 width=100%&gt;&lt;tr&gt;&lt;th&gt;rang&lt;/th&gt;&lt;th&gt;enregistrement&lt;/th&gt;&lt;th&gt;personne&lt;/th&gt;&lt;th&gt;classe&lt;/th&gt;&lt;th&gt;correct&lt;/th&gt;&lt;th&gt;exposition&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;before&lt;/th&gt;</source>
        <translation>&lt;th&gt;avant&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;LiRA offline z&lt;/th&gt;&lt;th&gt;RMIA&lt;/th&gt;</source>
        <translation>&lt;th&gt;z LiRA hors ligne&lt;/th&gt;&lt;th&gt;RMIA&lt;/th&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Slices&lt;/b&gt;: the %1 attack per class and per correctness, with 95% intervals.&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;slice&lt;/th&gt;&lt;th&gt;n members / non-members&lt;/th&gt;&lt;th&gt;AUC [95% CI]&lt;/th&gt;&lt;th&gt;TPR at 1% FPR [95% CI]&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tranches&lt;/b&gt; : l&apos;attaque %1 par classe et selon la justesse de la prédiction, avec intervalles à 95 %.&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;tranche&lt;/th&gt;&lt;th&gt;n membres / non-membres&lt;/th&gt;&lt;th&gt;AUC [IC 95 %]&lt;/th&gt;&lt;th&gt;TPR à 1 % de FPR [IC 95 %]&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>correctly classified</source>
        <translation>correctement classé</translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation>mal classé</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retained control: %1&lt;/b&gt; (loss-attack exposure percentile among test records rose by ≥ %2 to ≥ %3, compared with audit %4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Contrôle sur l&apos;ensemble conservé : %1&lt;/b&gt; (percentile d&apos;exposition de l&apos;attaque par perte parmi les enregistrements de test en hausse de ≥ %2 jusqu&apos;à ≥ %3, par rapport à l&apos;audit %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Flagged retained records%1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enregistrements conservés signalés%1 : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (first 50)</source>
        <translation> (50 premiers)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retained control:&lt;/b&gt; no before-audit to compare with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Contrôle sur l&apos;ensemble conservé :&lt;/b&gt; aucun audit initial avec lequel comparer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;attack&lt;/th&gt;&lt;th&gt;AUC [95% CI]&lt;/th&gt;&lt;th&gt;TPR at 1% FPR&lt;/th&gt;&lt;th&gt;TPR at 0.1% FPR&lt;/th&gt;&lt;th&gt;TPR at 0.01% FPR&lt;/th&gt;&lt;th&gt;n members / non-members&lt;/th&gt;&lt;th&gt;reference models&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;attaque&lt;/th&gt;&lt;th&gt;AUC [IC 95 %]&lt;/th&gt;&lt;th&gt;TPR à 1 % de FPR&lt;/th&gt;&lt;th&gt;TPR à 0.1 % de FPR&lt;/th&gt;&lt;th&gt;TPR à 0.01 % de FPR&lt;/th&gt;&lt;th&gt;n membres / non-membres&lt;/th&gt;&lt;th&gt;modèles de référence&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>K = %1</source>
        <translation>K = %1</translation>
    </message>
    <message>
        <source>NO CASE</source>
        <translation>AUCUN DOSSIER</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case verdict: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Verdict du dossier : &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Case status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;p&gt;Statut du dossier : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, decided %1: %2</source>
        <translation>, décidé le %1 : %2</translation>
    </message>
    <message>
        <source> · deadline %1, %2 day(s) left · the auditor closes the case, never a job</source>
        <translation> · échéance %1, %2 jour(s) restant(s) · c&apos;est l&apos;auditeur qui clôt le dossier, jamais une tâche</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Findings&lt;/b&gt; (per model that trained on the subject&apos;s records)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;10%&apos;&gt;model&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;layer&lt;/th&gt;&lt;th width=&apos;17%&apos;&gt;result&lt;/th&gt;&lt;th width=&apos;59%&apos;&gt;finding&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Constats&lt;/b&gt; (par modèle entraîné sur les enregistrements de la personne concernée)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3 width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th width=&apos;10%&apos;&gt;modèle&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;niveau&lt;/th&gt;&lt;th width=&apos;17%&apos;&gt;résultat&lt;/th&gt;&lt;th width=&apos;59%&apos;&gt;constat&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>dossier entier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case verdict: none&lt;/h2&gt;&lt;p&gt;This job is not linked to an erasure request, so there is no case to decide; the job&apos;s evidence follows.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Verdict du dossier : aucun&lt;/h2&gt;&lt;p&gt;Cette tâche n&apos;est liée à aucune demande d&apos;effacement ; il n&apos;y a donc pas de dossier à trancher. Les preuves de la tâche suivent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>%1 (%2: %3 month(s), extendable by %4)</source>
        <translation>%1 (%2 : %3 mois, prolongeable de %4)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>the job is not linked to an erasure request</source>
        <translation>la tâche n&apos;est liée à aucune demande d&apos;effacement</translation>
    </message>
    <message>
        <source>Records selected</source>
        <translation>Enregistrements sélectionnés</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>aucune personne concernée</translation>
    </message>
    <message>
        <source>Subjects (pseudonyms, records)</source>
        <translation>Personnes concernées (pseudonymes, enregistrements)</translation>
    </message>
    <message>
        <source>Selection SHA-256 (sorted record ids)</source>
        <translation>SHA-256 de la sélection (identifiants d&apos;enregistrement triés)</translation>
    </message>
    <message>
        <source>cosine schedule</source>
        <translation>planification cosinus</translation>
    </message>
    <message>
        <source>rate x %1 every %2 epochs</source>
        <translation>taux x %1 toutes les %2 époques</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>taux constant</translation>
    </message>
    <message>
        <source>the owner&apos;s recipe, imported with the model (SHA-256 &lt;tt&gt;%1&lt;/tt&gt;): %2, %3, momentum %4, weight decay %5; retraining and reference models follow it</source>
        <translation>la recette du propriétaire, importée avec le modèle (SHA-256 &lt;tt&gt;%1&lt;/tt&gt;) : %2, %3, momentum %4, décroissance des poids %5 ; le réentraînement et les modèles de référence la suivent</translation>
    </message>
    <message>
        <source>none was imported with the model: retraining and reference models follow Lethe&apos;s defaults (%1, %2) and may differ from the training the owner used</source>
        <translation>aucune n&apos;a été importée avec le modèle : le réentraînement et les modèles de référence suivent les valeurs par défaut de Lethe (%1, %2) et peuvent différer de l&apos;entraînement utilisé par le propriétaire</translation>
    </message>
    <message>
        <source>Lethe&apos;s own training of the model, repeated as it was (%1, %2)</source>
        <translation>l&apos;entraînement du modèle par Lethe, reproduit à l&apos;identique (%1, %2)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>Début / fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 s unlearning, %2 s with loading, audits and purge</source>
        <translation>%1 s de désapprentissage, %2 s avec chargement, audits et purge</translation>
    </message>
    <message>
        <source>Training configuration</source>
        <translation>Configuration d&apos;entraînement</translation>
    </message>
    <message>
        <source>arch %1, %2 shard(s) x %3 slice(s), %4 epochs, batch %5, lr %6, seed %7</source>
        <translation>arch. %1, %2 fragment(s) x %3 tranche(s), %4 époques, lot %5, lr %6, graine %7</translation>
    </message>
    <message>
        <source>Training recipe</source>
        <translation>Recette d&apos;entraînement</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>les valeurs par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln valeur</numerusform>
            <numerusform>%Ln valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th&gt;parameter&lt;/th&gt;&lt;th&gt;value&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th&gt;paramètre&lt;/th&gt;&lt;th&gt;valeur&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;model&lt;/th&gt;&lt;th&gt;SHA-256&lt;/th&gt;&lt;th&gt;test accuracy&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;modèle&lt;/th&gt;&lt;th&gt;SHA-256&lt;/th&gt;&lt;th&gt;exactitude sur le test&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;digest of the shard files:&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;empreinte des fichiers des fragments :&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Retrained</source>
        <translation>Réentraîné</translation>
    </message>
    <message>
        <source>Checkpoints purged</source>
        <translation>Points de contrôle purgés</translation>
    </message>
    <message>
        <source>Shard models purged</source>
        <translation>Modèles des fragments purgés</translation>
    </message>
    <message>
        <source>Purged files</source>
        <translation>Fichiers purgés</translation>
    </message>
    <message>
        <source>&lt;p&gt;Accuracy with 95% Wilson intervals; membership inference with the forget set as members and the test set as non-members (control: a retained sample).&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;metric&lt;/th&gt;&lt;th&gt;before&lt;/th&gt;&lt;th&gt;after&lt;/th&gt;</source>
        <translation>&lt;p&gt;Exactitude avec intervalles de Wilson à 95 % ; inférence d&apos;appartenance avec l&apos;ensemble à oublier comme membres et l&apos;ensemble de test comme non-membres (contrôle : un échantillon conservé).&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;métrique&lt;/th&gt;&lt;th&gt;avant&lt;/th&gt;&lt;th&gt;après&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;retrained reference&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;th&gt;référence réentraînée&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>accuracy, %1</source>
        <translation>exactitude, %1</translation>
    </message>
    <message>
        <source>MIA: %1, forget vs test</source>
        <translation>MIA : %1, à oublier vs test</translation>
    </message>
    <message>
        <source>control: MIA %1, retained vs test</source>
        <translation>contrôle : MIA %1, conservés vs test</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Per-subject test of this job&apos;s after-audit: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; (%3 subject(s): %4 pass, %5 fail, %6 inconclusive)&lt;/p&gt;&lt;p&gt;Basis: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Test par personne de l&apos;audit final de cette tâche : &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; (%3 personne(s) : réussite %4, échec %5, non concluant %6)&lt;/p&gt;&lt;p&gt;Fondement : %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;subject&lt;/th&gt;&lt;th&gt;n records&lt;/th&gt;&lt;th&gt;z&lt;/th&gt;&lt;th&gt;z 95% interval&lt;/th&gt;&lt;th&gt;p (one-sided)&lt;/th&gt;&lt;th&gt;power z&lt;/th&gt;&lt;th&gt;verdict&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;personne&lt;/th&gt;&lt;th&gt;n enregistrements&lt;/th&gt;&lt;th&gt;z&lt;/th&gt;&lt;th&gt;intervalle à 95 % de z&lt;/th&gt;&lt;th&gt;p (unilatéral)&lt;/th&gt;&lt;th&gt;z de puissance&lt;/th&gt;&lt;th&gt;verdict&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reasons&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Raisons&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The after-audit holds no per-subject verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;audit final ne comporte aucun verdict par personne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After: forget vs test&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Après : à oublier vs test&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After, control: retained vs test&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Après, contrôle : conservés vs test&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reference models of pool %1&lt;/b&gt; (K = %2, pool seed %3)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;model&lt;/th&gt;&lt;th&gt;seed&lt;/th&gt;&lt;th&gt;scores SHA-256&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modèles de référence du pool %1&lt;/b&gt; (K = %2, graine du pool %3)&lt;/p&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;modèle&lt;/th&gt;&lt;th&gt;graine&lt;/th&gt;&lt;th&gt;SHA-256 des scores&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;RMIA: a = %1 (fitted, AUC %2 on %3 records), γ = %4, population %5 (n = %6). LiRA on the logit-scaled confidence, fixed variance: %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RMIA : a = %1 (ajusté, AUC %2 sur %3 enregistrements), γ = %4, population %5 (n = %6). LiRA sur la confiance mise à l&apos;échelle logit, variance fixe : %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The membership tests put questions to the model and compare its answers with models trained without the records: they address whether the records can be obtained through queries (the second part of the EDPB&apos;s test in Opinion 28/2024). They do not try to extract the records from the model&apos;s weights, the first part.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Les tests d&apos;appartenance interrogent le modèle et comparent ses réponses à celles de modèles entraînés sans les enregistrements : ils examinent si les enregistrements peuvent être obtenus par des requêtes (le second volet du test du CEPD dans l&apos;avis 28/2024). Ils ne tentent pas d&apos;extraire les enregistrements des poids du modèle, qui constitue le premier volet.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Where a subject is inconclusive, the test could not have caught a model that kept that subject&apos;s records: each finding states how often such a model would have been caught. An inconclusive result is not a pass.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Lorsque le résultat d&apos;une personne concernée est non concluant, le test n&apos;aurait pas pu détecter un modèle ayant conservé ses enregistrements : chaque constat indique à quelle fréquence un tel modèle aurait été détecté. Un résultat non concluant n&apos;est pas une réussite.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;This audit ran without reference models, so the per-subject test rests on the loss alone and has little power: a model that kept the records would often not be caught.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Cet audit a été effectué sans modèles de référence ; le test par personne repose donc sur la seule perte et a peu de puissance : un modèle ayant conservé les enregistrements ne serait souvent pas détecté.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;A model was imported without its owner&apos;s training recipe. Its retrained reference and the reference models follow Lethe&apos;s defaults, so they may differ from the model the owner would have trained without the records.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Un modèle a été importé sans la recette d&apos;entraînement de son propriétaire. Sa référence réentraînée et les modèles de référence suivent les valeurs par défaut de Lethe ; ils peuvent donc différer du modèle que le propriétaire aurait entraîné sans les enregistrements.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Only the models and copies registered in the project&apos;s lineage database were examined. A model, a copy of the data or a backup that was never registered is outside what this report can see.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Seuls les modèles et les copies enregistrés dans la base de traçabilité du projet ont été examinés. Un modèle, une copie des données ou une sauvegarde qui n&apos;y a jamais été enregistré échappe à ce que ce rapport peut voir.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;An approximate method changes a model that saw the records; its output&apos;s lineage still leads back to them, so only the behaviour tests speak for it, within the limits above.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Une méthode approchée modifie un modèle qui a vu les enregistrements ; la traçabilité de son résultat remonte toujours à eux, si bien que seuls les tests de comportement peuvent en répondre, dans les limites indiquées ci-dessus.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;This report is signed by key %1 (%2). The signature covers this file; the case&apos;s evidence bundle (&lt;tt&gt;lethe export-evidence&lt;/tt&gt;) adds the per-record score tables from which &lt;tt&gt;lethe verify-bundle&lt;/tt&gt; recomputes every figure without the project.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;Ce rapport est signé par la clé %1 (%2). La signature couvre ce fichier ; le lot de preuves du dossier (&lt;tt&gt;lethe export-evidence&lt;/tt&gt;) y ajoute les tables de scores par enregistrement à partir desquelles &lt;tt&gt;lethe verify-bundle&lt;/tt&gt; recalcule chaque chiffre sans le projet.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Tête du journal d&apos;audit</translation>
    </message>
    <message>
        <source>entry %1, hash &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>entrée %1, empreinte &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>lethe verify</source>
        <translation>lethe verify</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>key &lt;tt&gt;%1&lt;/tt&gt; (%2), Ed25519; the signature is the file beside this PDF, named as it with &lt;tt&gt;.sig&lt;/tt&gt; added; check it with &lt;tt&gt;lethe verify-bundle REPORT.pdf&lt;/tt&gt;</source>
        <translation>clé &lt;tt&gt;%1&lt;/tt&gt; (%2), Ed25519 ; la signature est le fichier situé à côté de ce PDF, qui porte le même nom suivi de &lt;tt&gt;.sig&lt;/tt&gt; ; vérifiez-la avec &lt;tt&gt;lethe verify-bundle REPORT.pdf&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recompute: &lt;tt&gt;lethe verify --project DIR&lt;/tt&gt; re-hashes the audit log, every artifact and every stored audit&apos;s per-record scores.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recalcul : &lt;tt&gt;lethe verify --project DIR&lt;/tt&gt; recalcule les empreintes du journal d&apos;audit, de chaque artefact et des scores par enregistrement de chaque audit stocké.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Lethe erasure report&lt;/h1&gt;&lt;p&gt;Case %1 · forget job %2 · generated %3 UTC&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Rapport d&apos;effacement Lethe&lt;/h1&gt;&lt;p&gt;Dossier %1 · tâche d&apos;oubli %2 · généré le %3 UTC&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Case</source>
        <translation>1. Dossier</translation>
    </message>
    <message>
        <source>2. Selection</source>
        <translation>2. Sélection</translation>
    </message>
    <message>
        <source>3. Method</source>
        <translation>3. Méthode</translation>
    </message>
    <message>
        <source>4. Models</source>
        <translation>4. Modèles</translation>
    </message>
    <message>
        <source>5. Lineage</source>
        <translation>5. Traçabilité</translation>
    </message>
    <message>
        <source>6. Metrics</source>
        <translation>6. Métriques</translation>
    </message>
    <message>
        <source>7. Per-subject test (evidence for the case verdict)</source>
        <translation>7. Test par personne (preuves du verdict du dossier)</translation>
    </message>
    <message>
        <source>8. Attacks, MIA-Efficacy and reference models</source>
        <translation>8. Attaques, MIA-Efficacy et modèles de référence</translation>
    </message>
    <message>
        <source>9. Per-record exposure</source>
        <translation>9. Exposition par enregistrement</translation>
    </message>
    <message>
        <source>10. Plots</source>
        <translation>10. Graphiques</translation>
    </message>
    <message>
        <source>11. Limits</source>
        <translation>11. Limites</translation>
    </message>
    <message>
        <source>12. Evidence</source>
        <translation>12. Preuves</translation>
    </message>
    <message>
        <source>Lethe erasure report, job %1 · page %2 of %3</source>
        <translation>Rapport d&apos;effacement Lethe, tâche %1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>Loss: forget vs test records</source>
        <translation>Perte : enregistrements à oublier vs enregistrements de test</translation>
    </message>
    <message>
        <source>forget, before</source>
        <translation>à oublier, avant</translation>
    </message>
    <message>
        <source>test, before</source>
        <translation>test, avant</translation>
    </message>
    <message>
        <source>forget, after</source>
        <translation>à oublier, après</translation>
    </message>
    <message>
        <source>test, after</source>
        <translation>test, après</translation>
    </message>
    <message>
        <source>forget, retrained reference</source>
        <translation>à oublier, référence réentraînée</translation>
    </message>
    <message>
        <source>log(1 + loss)</source>
        <translation>log(1 + perte)</translation>
    </message>
    <message>
        <source>fraction of the set</source>
        <translation>fraction de l&apos;ensemble</translation>
    </message>
    <message numerus="yes">
        <source>test records (%Ln)</source>
        <translation>
            <numerusform>enregistrement de test (%Ln)</numerusform>
            <numerusform>enregistrements de test (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after (%Ln)</source>
        <translation>
            <numerusform>après (%Ln)</numerusform>
            <numerusform>après (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>before (%Ln)</source>
        <translation>
            <numerusform>avant (%Ln)</numerusform>
            <numerusform>avant (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposition</translation>
    </message>
    <message>
        <source>ROC: %1</source>
        <translation>ROC : %1</translation>
    </message>
    <message>
        <source>chance (TPR = FPR)</source>
        <translation>hasard (TPR = FPR)</translation>
    </message>
    <message>
        <source>%1: AUC %2%3; n = %4 vs %5</source>
        <translation>%1 : AUC %2%3 ; n = %4 vs %5</translation>
    </message>
    <message>
        <source>, K = %1</source>
        <translation>, K = %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>false positive rate (test records)</source>
        <translation>taux de faux positifs (enregistrements de test)</translation>
    </message>
    <message>
        <source>true positive rate (forget)</source>
        <translation>taux de vrais positifs (à oublier)</translation>
    </message>
    <message>
        <source>Accuracy with 95% intervals</source>
        <translation>Exactitude avec intervalles à 95 %</translation>
    </message>
    <message>
        <source>retrained reference</source>
        <translation>référence réentraînée</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>Per-class accuracy change (after - before)</source>
        <translation>Variation de l&apos;exactitude par classe (après - avant)</translation>
    </message>
    <message>
        <source>forget set</source>
        <translation>ensemble à oublier</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>ensemble de test</translation>
    </message>
    <message>
        <source>retained sample</source>
        <translation>échantillon conservé</translation>
    </message>
    <message>
        <source>accuracy change</source>
        <translation>variation de l&apos;exactitude</translation>
    </message>
    <message>
        <source>AUC by slice, 95% intervals</source>
        <translation>AUC par tranche, intervalles à 95 %</translation>
    </message>
    <message>
        <source>%1 attack. Drag to pan, Ctrl + wheel to zoom, double-click to reset the view</source>
        <translation>Attaque %1. Faites glisser pour déplacer la vue, Ctrl + molette pour zoomer, double-clic pour la réinitialiser</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>erroné</translation>
    </message>
    <message>
        <source>chance (AUC 0.5)</source>
        <translation>hasard (AUC 0.5)</translation>
    </message>
    <message>
        <source>AUC in the slice</source>
        <translation>AUC dans la tranche</translation>
    </message>
    <message>
        <source>Jobs of the case: %1</source>
        <translation>Tâches du dossier : %1</translation>
    </message>
    <message>
        <source>unlearning time (s)</source>
        <translation>temps de désapprentissage (s)</translation>
    </message>
    <message>
        <source>|AUC - 0.5| after (lower is better)</source>
        <translation>|AUC - 0.5| après (plus bas = meilleur)</translation>
    </message>
    <message>
        <source>Drag to pan, Ctrl + wheel to zoom, double-click to reset the view</source>
        <translation>Faites glisser pour déplacer la vue, Ctrl + molette pour zoomer, double-clic pour la réinitialiser</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>n &lt; 5</source>
        <translation>n &lt; 5</translation>
    </message>
    <message>
        <source>Lineage (what still holds the records)</source>
        <translation>Traçabilité (ce qui contient encore les enregistrements)</translation>
    </message>
    <message>
        <source>Behaviour (what the model reveals)</source>
        <translation>Comportement (ce que le modèle révèle)</translation>
    </message>
    <message>
        <source>Utility (what the model still does)</source>
        <translation>Utilité (ce que le modèle fait encore)</translation>
    </message>
    <message>
        <source>Loss threshold</source>
        <translation>Seuil de perte</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Seuil de confiance</translation>
    </message>
    <message>
        <source>Scaled logit confidence</source>
        <translation>Confiance logit mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>Prediction entropy</source>
        <translation>Entropie de la prédiction</translation>
    </message>
    <message>
        <source>Modified entropy (Song and Mittal)</source>
        <translation>Entropie modifiée (Song et Mittal)</translation>
    </message>
    <message>
        <source>Modified entropy, per-class thresholds</source>
        <translation>Entropie modifiée, seuils par classe</translation>
    </message>
    <message>
        <source>Confidence, per-class thresholds</source>
        <translation>Confiance, seuils par classe</translation>
    </message>
    <message>
        <source>LiRA offline (reference models)</source>
        <translation>LiRA hors ligne (modèles de référence)</translation>
    </message>
    <message>
        <source>LiRA online (reference models)</source>
        <translation>LiRA en ligne (modèles de référence)</translation>
    </message>
    <message>
        <source>RMIA (reference models)</source>
        <translation>RMIA (modèles de référence)</translation>
    </message>
    <message>
        <source>the whole model retrained</source>
        <translation>le modèle entier réentraîné</translation>
    </message>
    <message>
        <source>the model adjusted, not retrained</source>
        <translation>le modèle ajusté, non réentraîné</translation>
    </message>
    <message>
        <source>no shard retrained</source>
        <translation>aucun fragment réentraîné</translation>
    </message>
    <message>
        <source>shard(s) %1 of the ensemble retrained</source>
        <translation>fragment(s) %1 de l&apos;ensemble réentraîné(s)</translation>
    </message>
    <message>
        <source>imported PyTorch model</source>
        <translation>modèle PyTorch importé</translation>
    </message>
    <message>
        <source>the SISA ensemble imported from PyTorch (model %1)</source>
        <translation>l&apos;ensemble SISA importé de PyTorch (modèle %1)</translation>
    </message>
    <message>
        <source>the SISA ensemble (model %1, %2 shards)</source>
        <translation>l&apos;ensemble SISA (modèle %1, fragments %2)</translation>
    </message>
    <message>
        <source>the %1 (model %2)</source>
        <translation>le %1 (modèle %2)</translation>
    </message>
    <message>
        <source>the monolithic %1 (model %2)</source>
        <translation>le modèle monolithique %1 (modèle %2)</translation>
    </message>
    <message>
        <source>No audit was run on model %1 after job %2, so nothing tested whether it still reveals the subject&apos;s records.</source>
        <translation>Aucun audit n&apos;a été effectué sur le modèle %1 après la tâche %2 ; rien n&apos;a donc vérifié s&apos;il révèle encore les enregistrements de la personne concernée.</translation>
    </message>
    <message>
        <source>The lineage proof above does not depend on it.</source>
        <translation>La preuve de traçabilité ci-dessus n&apos;en dépend pas.</translation>
    </message>
    <message>
        <source>An attacker can still tell the selected records apart from data model %1 never saw: it behaves as if it had trained on them.</source>
        <translation>Un attaquant peut encore distinguer les enregistrements sélectionnés de données que le modèle %1 n&apos;a jamais vues : il se comporte comme s&apos;il avait été entraîné sur eux.</translation>
    </message>
    <message>
        <source>The audit of model %1 has no test for this subject, so its behaviour neither shows the records remembered nor forgotten.</source>
        <translation>L&apos;audit du modèle %1 ne comporte aucun test pour cette personne concernée ; son comportement ne montre donc ni que les enregistrements sont mémorisés, ni qu&apos;ils sont oubliés.</translation>
    </message>
    <message>
        <source>Model %1 still recognises the subject&apos;s %2 record as its training data, far more than models that never saw them do (z = %3, where %4 already happens by chance only once in a thousand).</source>
        <translation>Le modèle %1 reconnaît encore %2 enregistrement de la personne concernée comme faisant partie de ses données d&apos;entraînement, bien davantage que ne le font des modèles ne l&apos;ayant jamais vu (z = %3, alors qu&apos;une valeur de %4 ne survient déjà par hasard qu&apos;une fois sur mille).</translation>
    </message>
    <message>
        <source>Model %1 still recognises the subject&apos;s %2 records as its training data, far more than models that never saw them do (z = %3, where %4 already happens by chance only once in a thousand).</source>
        <translation>Le modèle %1 reconnaît encore les %2 enregistrements de la personne concernée comme faisant partie de ses données d&apos;entraînement, bien davantage que ne le font des modèles ne les ayant jamais vus (z = %3, alors qu&apos;une valeur de %4 ne survient déjà par hasard qu&apos;une fois sur mille).</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 record like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in more than 99 of 100 such tests.</source>
        <translation>Le modèle %1 traite %2 enregistrement de la personne concernée comme des données qu&apos;il n&apos;a jamais vues (z = %3), et le test était suffisamment puissant : un modèle qui s&apos;en souviendrait encore aurait obtenu environ %4 et aurait été détecté dans plus de 99 tests de ce type sur 100.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 record like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in fewer than 1 of 100 such tests.</source>
        <translation>Le modèle %1 traite %2 enregistrement de la personne concernée comme des données qu&apos;il n&apos;a jamais vues (z = %3), et le test était suffisamment puissant : un modèle qui s&apos;en souviendrait encore aurait obtenu environ %4 et aurait été détecté dans moins de 1 test de ce type sur 100.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 record like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in about %5 of 100 such tests.</source>
        <translation>Le modèle %1 traite %2 enregistrement de la personne concernée comme des données qu&apos;il n&apos;a jamais vues (z = %3), et le test était suffisamment puissant : un modèle qui s&apos;en souviendrait encore aurait obtenu environ %4 et aurait été détecté dans environ %5 tests de ce type sur 100.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 records like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in more than 99 of 100 such tests.</source>
        <translation>Le modèle %1 traite les %2 enregistrements de la personne concernée comme des données qu&apos;il n&apos;a jamais vues (z = %3), et le test était suffisamment puissant : un modèle qui s&apos;en souviendrait encore aurait obtenu environ %4 et aurait été détecté dans plus de 99 tests de ce type sur 100.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 records like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in fewer than 1 of 100 such tests.</source>
        <translation>Le modèle %1 traite les %2 enregistrements de la personne concernée comme des données qu&apos;il n&apos;a jamais vues (z = %3), et le test était suffisamment puissant : un modèle qui s&apos;en souviendrait encore aurait obtenu environ %4 et aurait été détecté dans moins de 1 test de ce type sur 100.</translation>
    </message>
    <message>
        <source>Model %1 treats the subject&apos;s %2 records like data it never saw (z = %3), and the test was strong enough: a model that still remembered them would have scored about %4 and been caught in about %5 of 100 such tests.</source>
        <translation>Le modèle %1 traite les %2 enregistrements de la personne concernée comme des données qu&apos;il n&apos;a jamais vues (z = %3), et le test était suffisamment puissant : un modèle qui s&apos;en souviendrait encore aurait obtenu environ %4 et aurait été détecté dans environ %5 tests de ce type sur 100.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 record would score only about %4 and be caught in more than 99 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : un modèle qui se souviendrait encore de %2 enregistrement de la personne concernée n&apos;obtiendrait qu&apos;environ %4 et serait détecté dans plus de 99 tests de ce type sur 100 (une réussite exige %5, soit 95 sur 100) ; ne rien trouver (z = %3) prouve donc peu de chose.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 record would score only about %4 and be caught in fewer than 1 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : un modèle qui se souviendrait encore de %2 enregistrement de la personne concernée n&apos;obtiendrait qu&apos;environ %4 et serait détecté dans moins de 1 test de ce type sur 100 (une réussite exige %5, soit 95 sur 100) ; ne rien trouver (z = %3) prouve donc peu de chose.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 record would score only about %4 and be caught in about %6 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : un modèle qui se souviendrait encore de %2 enregistrement de la personne concernée n&apos;obtiendrait qu&apos;environ %4 et serait détecté dans environ %6 tests de ce type sur 100 (une réussite exige %5, soit 95 sur 100) ; ne rien trouver (z = %3) prouve donc peu de chose.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 records would score only about %4 and be caught in more than 99 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : un modèle qui se souviendrait encore des %2 enregistrements de la personne concernée n&apos;obtiendrait qu&apos;environ %4 et serait détecté dans plus de 99 tests de ce type sur 100 (une réussite exige %5, soit 95 sur 100) ; ne rien trouver (z = %3) prouve donc peu de chose.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 records would score only about %4 and be caught in fewer than 1 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : un modèle qui se souviendrait encore des %2 enregistrements de la personne concernée n&apos;obtiendrait qu&apos;environ %4 et serait détecté dans moins de 1 test de ce type sur 100 (une réussite exige %5, soit 95 sur 100) ; ne rien trouver (z = %3) prouve donc peu de chose.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: a model that still remembered the subject&apos;s %2 records would score only about %4 and be caught in about %6 of 100 such tests (a pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : un modèle qui se souviendrait encore des %2 enregistrements de la personne concernée n&apos;obtiendrait qu&apos;environ %4 et serait détecté dans environ %6 tests de ce type sur 100 (une réussite exige %5, soit 95 sur 100) ; ne rien trouver (z = %3) prouve donc peu de chose.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: no reference model trained on the subject remains, so nothing shows what a model that remembered the %2 record would look like.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : il ne reste aucun modèle de référence entraîné sur la personne concernée ; rien ne montre donc à quoi ressemblerait un modèle qui se souviendrait de %2 enregistrement.</translation>
    </message>
    <message>
        <source>The test cannot decide for model %1: no reference model trained on the subject remains, so nothing shows what a model that remembered the %2 records would look like.</source>
        <translation>Le test ne permet pas de conclure pour le modèle %1 : il ne reste aucun modèle de référence entraîné sur la personne concernée ; rien ne montre donc à quoi ressemblerait un modèle qui se souviendrait des %2 enregistrements.</translation>
    </message>
    <message>
        <source>The lineage says the model never saw them: look for copies of these records among the retained data.</source>
        <translation>La traçabilité indique que le modèle ne les a jamais vus : recherchez des copies de ces enregistrements parmi les données conservées.</translation>
    </message>
    <message>
        <source>The accuracy of model %1 after the job was not measured.</source>
        <translation>L&apos;exactitude du modèle %1 après la tâche n&apos;a pas été mesurée.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time: the erasure did not damage it.</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas : l&apos;effacement ne l&apos;a pas dégradé.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job: the erasure did not damage it.</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas, contre %3 avant la tâche : l&apos;effacement ne l&apos;a pas dégradé.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time and %4 for a model retrained without the records: the erasure did not damage it.</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas, contre %4 pour un modèle réentraîné sans les enregistrements : l&apos;effacement ne l&apos;a pas dégradé.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job and %4 for a model retrained without the records: the erasure did not damage it.</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas, contre %3 avant la tâche et %4 pour un modèle réentraîné sans les enregistrements : l&apos;effacement ne l&apos;a pas dégradé.</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas : il a perdu plus de 2 points ; vérifiez qu&apos;il répond toujours à sa finalité (cela ne modifie pas le résultat du dossier).</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas, contre %3 avant la tâche : il a perdu plus de 2 points ; vérifiez qu&apos;il répond toujours à sa finalité (cela ne modifie pas le résultat du dossier).</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time and %4 for a model retrained without the records: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas, contre %4 pour un modèle réentraîné sans les enregistrements : il a perdu plus de 2 points ; vérifiez qu&apos;il répond toujours à sa finalité (cela ne modifie pas le résultat du dossier).</translation>
    </message>
    <message>
        <source>On data it never trained on, model %1 is right %2 of the time, against %3 before the job and %4 for a model retrained without the records: it lost more than 2 points, check it still serves its purpose (this does not change the case result).</source>
        <translation>Sur des données sur lesquelles il n&apos;a jamais été entraîné, le modèle %1 a raison dans %2 des cas, contre %3 avant la tâche et %4 pour un modèle réentraîné sans les enregistrements : il a perdu plus de 2 points ; vérifiez qu&apos;il répond toujours à sa finalité (cela ne modifie pas le résultat du dossier).</translation>
    </message>
    <message>
        <source>Model %1, the exact retrain of %2 (job %3, %4), was still trained on %5 of the subject&apos;s records.</source>
        <translation>Le modèle %1 a encore été entraîné sur %5 des enregistrements de la personne concernée, bien qu&apos;il résulte du réentraînement exact effectué pour %2 (tâche %3, %4).</translation>
    </message>
    <message>
        <source>%1 stored copy of %2 or of its training still contain the subject&apos;s records (%3): until they are deleted the records are not erased.</source>
        <translation>%2 : %1 copie stockée de ce modèle ou de son entraînement contient encore les enregistrements de la personne concernée (%3) ; tant qu&apos;elle n&apos;est pas supprimée, les enregistrements ne sont pas effacés.</translation>
    </message>
    <message>
        <source>%1 stored copies of %2 or of its training still contain the subject&apos;s records (%3): until they are deleted the records are not erased.</source>
        <translation>%2 : %1 copies stockées de ce modèle ou de son entraînement contiennent encore les enregistrements de la personne concernée (%3) ; tant qu&apos;elles ne sont pas supprimées, les enregistrements ne sont pas effacés.</translation>
    </message>
    <message>
        <source>%1 was retrained without the subject&apos;s records (job %2, %3): model %4 never saw them, and no stored copy that did is left.</source>
        <translation>%1 a été réentraîné sans les enregistrements de la personne concernée (tâche %2, %3) : le modèle %4 ne les a jamais vus, et il ne reste aucune copie stockée qui les ait vus.</translation>
    </message>
    <message>
        <source>%1 was adjusted, not retrained (job %2, %3): model %4 comes from a model that saw the records, so its history cannot prove them gone; its behaviour has to.</source>
        <translation>%1 a été ajusté, non réentraîné (tâche %2, %3) : le modèle %4 provient d&apos;un modèle qui a vu les enregistrements ; son historique ne peut donc pas prouver leur disparition, c&apos;est à son comportement de le faire.</translation>
    </message>
    <message>
        <source>%1 was trained on %2 of the subject&apos;s records and no job of this case has handled it yet: the records are still in it.</source>
        <translation>%1 a été entraîné sur %2 des enregistrements de la personne concernée et aucune tâche de ce dossier ne l&apos;a encore traité : les enregistrements s&apos;y trouvent toujours.</translation>
    </message>
    <message>
        <source>%1 reference model that Lethe trained for the audit still contain the subject&apos;s records; the case&apos;s next forget job deletes them.</source>
        <translation>%1 modèle de référence entraîné par Lethe pour l&apos;audit contient encore les enregistrements de la personne concernée ; la prochaine tâche d&apos;oubli du dossier le supprime.</translation>
    </message>
    <message>
        <source>%1 reference models that Lethe trained for the audit still contain the subject&apos;s records; the case&apos;s next forget job deletes them.</source>
        <translation>%1 modèles de référence entraînés par Lethe pour l&apos;audit contiennent encore les enregistrements de la personne concernée ; la prochaine tâche d&apos;oubli du dossier les supprime.</translation>
    </message>
    <message>
        <source>Pass: no model Lethe tracks was trained on the subject&apos;s records. Nothing needed to be unlearned.</source>
        <translation>Réussi : aucun modèle suivi par Lethe n&apos;a été entraîné sur les enregistrements de la personne concernée. Aucun désapprentissage n&apos;était nécessaire.</translation>
    </message>
    <message>
        <source>Open: %1 of the %2 model that trained on the subject&apos;s records has not been handled yet. The case cannot be answered until every one is.</source>
        <translation>Ouvert : %1 sur %2 modèle entraîné sur les enregistrements de la personne concernée n&apos;a pas encore été traité. Le dossier ne peut recevoir de réponse tant que chacun ne l&apos;a pas été.</translation>
    </message>
    <message>
        <source>Open: %1 of the %2 models that trained on the subject&apos;s records has not been handled yet. The case cannot be answered until every one is.</source>
        <translation>Ouvert : %1 des %2 modèles entraînés sur les enregistrements de la personne concernée n&apos;a pas encore été traité. Le dossier ne peut recevoir de réponse tant que chacun ne l&apos;a pas été.</translation>
    </message>
    <message>
        <source>Open: %1 of the %2 models that trained on the subject&apos;s records have not been handled yet. The case cannot be answered until every one is.</source>
        <translation>Ouvert : %1 des %2 modèles entraînés sur les enregistrements de la personne concernée n&apos;ont pas encore été traités. Le dossier ne peut recevoir de réponse tant que chacun ne l&apos;a pas été.</translation>
    </message>
    <message>
        <source>Open: %1 reference model(s) trained for the audit still hold the records. The case cannot be answered until every one is.</source>
        <translation>Ouvert : %1 modèle(s) de référence entraîné(s) pour l&apos;audit détien(nen)t encore les enregistrements. Le dossier ne peut recevoir de réponse tant que chacun n&apos;a pas été traité.</translation>
    </message>
    <message>
        <source>Fail: for %1 of the %2 model that trained on the subject&apos;s records the evidence shows the records are still there. The request has not been honoured.</source>
        <translation>Échoué : pour %1 sur %2 modèle entraîné sur les enregistrements de la personne concernée, les preuves montrent que les enregistrements s&apos;y trouvent encore. La demande n&apos;a pas été satisfaite.</translation>
    </message>
    <message>
        <source>Fail: for %1 of the %2 models that trained on the subject&apos;s records the evidence shows the records are still there. The request has not been honoured.</source>
        <translation>Échoué : pour %1 des %2 modèles entraînés sur les enregistrements de la personne concernée, les preuves montrent que les enregistrements s&apos;y trouvent encore. La demande n&apos;a pas été satisfaite.</translation>
    </message>
    <message>
        <source>Pass: every model that trained on the subject&apos;s records was handled, and the lineage or a test strong enough to see them shows the records gone. The erasure request was honoured.</source>
        <translation>Réussi : chaque modèle entraîné sur les enregistrements de la personne concernée a été traité, et la traçabilité ou un test suffisamment puissant pour les détecter montre que les enregistrements ont disparu. La demande d&apos;effacement a été satisfaite.</translation>
    </message>
    <message>
        <source>Inconclusive: %1 of the %2 model that trained on the subject&apos;s records are shown free of the records, but for the rest the test was too weak to tell. An exact retrain, or more reference models, would decide.</source>
        <translation>Non concluant : pour %1 sur %2 modèle entraîné sur les enregistrements de la personne concernée, l&apos;absence des enregistrements est démontrée, mais pour les autres le test était trop faible pour trancher. Un réentraînement exact, ou davantage de modèles de référence, permettrait de trancher.</translation>
    </message>
    <message>
        <source>Inconclusive: %1 of the %2 models that trained on the subject&apos;s records are shown free of the records, but for the rest the test was too weak to tell. An exact retrain, or more reference models, would decide.</source>
        <translation>Non concluant : pour %1 des %2 modèles entraînés sur les enregistrements de la personne concernée, l&apos;absence des enregistrements est démontrée, mais pour les autres le test était trop faible pour trancher. Un réentraînement exact, ou davantage de modèles de référence, permettrait de trancher.</translation>
    </message>
    <message>
        <source>Thresholds: fail when a subject&apos;s z ≥ z_fail = %1 (one-sided p = 0.001); pass when not failed and the power z (a model that remembered the subject) ≥ z_power = %2; minimum records per subject %3; otherwise inconclusive (docs/audit.md, Verdicts).</source>
        <translation>Seuils : échec lorsque le z d&apos;une personne concernée ≥ z_fail = %1 (p unilatéral = 0.001) ; réussite en l&apos;absence d&apos;échec et lorsque le z de puissance (un modèle qui se souviendrait de la personne) ≥ z_power = %2 ; nombre minimal d&apos;enregistrements par personne : %3 ; sinon non concluant (docs/audit.md, Verdicts).</translation>
    </message>
    <message>
        <source>Per-example test against retrained models (U-LiRA style): %1 rejected%2 at α = %3 (n = %4; about %3 if forgotten; ≥ %5 OUT reference model(s) per record)</source>
        <translation>Test par exemple contre des modèles réentraînés (à la manière de U-LiRA) : %1 rejetés%2 à α = %3 (n = %4 ; environ %3 en cas d&apos;oubli ; ≥ %5 modèle(s) de référence OUT par enregistrement)</translation>
    </message>
    <message>
        <source>NeurIPS 2023 forgetting quality F = %1 (ε mean %2, median %3, max %4; n = %5; %6 retrained, %7 unlearned model(s))</source>
        <translation>Qualité d&apos;oubli NeurIPS 2023 F = %1 (ε moyen %2, médian %3, max %4 ; n = %5 ; %6 modèle(s) réentraîné(s), %7 modèle(s) désappris)</translation>
    </message>
    <message>
        <source>MIA-Efficacy (SalUn; RBF SVC on the confidence): %1%2 (n = %3 forget records; fitted on %4 retained vs %5 test)</source>
        <translation>MIA-Efficacy (SalUn ; SVC RBF sur la confiance) : %1%2 (n = %3 enregistrements à oublier ; ajusté sur %4 conservés vs %5 de test)</translation>
    </message>
    <message>
        <source>MIA-Efficacy: not computed (no forget or no retained records)</source>
        <translation>MIA-Efficacy : non calculé (aucun enregistrement à oublier ou conservé)</translation>
    </message>
    <message>
        <source>Reference pool %1: K = %2 models, seed %3, ≥ %4 IN and ≥ %5 OUT per record; config matches the audited model: %6</source>
        <translation>Pool de référence %1 : K = %2 modèles, graine %3, ≥ %4 IN et ≥ %5 OUT par enregistrement ; configuration identique à celle du modèle audité : %6</translation>
    </message>
    <message>
        <source>No reference pool (%1): LiRA, RMIA and the per-example test were not run</source>
        <translation>Aucun pool de référence (%1) : LiRA, RMIA et le test par exemple n&apos;ont pas été exécutés</translation>
    </message>
    <message>
        <source>Intervals: %1% percentile bootstrap, %2 resamples, seed %3 (salted per attack)</source>
        <translation>Intervalles : bootstrap par percentiles à %1 %, %2 rééchantillonnages, graine %3 (salée par attaque)</translation>
    </message>
    <message>
        <source>Retained control: %1 of %2 retained record(s) flagged as more exposed after unlearning</source>
        <translation>Contrôle sur l&apos;ensemble conservé : %1 sur %2 enregistrement(s) conservé(s) signalé(s) comme plus exposé(s) après le désapprentissage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case verdict:&lt;/b&gt; no case selected</source>
        <translation>&lt;b&gt;Verdict du dossier :&lt;/b&gt; aucun dossier sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case verdict: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Verdict du dossier : &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NON CONCLUANT</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERT</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>refused (Art. 12(4))</source>
        <translation>refusé (art. 12(4))</translation>
    </message>
    <message>
        <source>extended (Art. 12(3))</source>
        <translation>prolongé (art. 12(3))</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>live</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>purging</source>
        <translation>en cours de purge</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>purgé</translation>
    </message>
    <message>
        <source>monolithic</source>
        <translation>monolithique</translation>
    </message>
    <message>
        <source>SISA ensemble</source>
        <translation>ensemble SISA</translation>
    </message>
    <message>
        <source>shard</source>
        <translation>fragment</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>entraîné</translation>
    </message>
    <message>
        <source>unlearned</source>
        <translation>désappris</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approchée</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certifiée</translation>
    </message>
    <message>
        <source>building</source>
        <translation>en construction</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s) still look like members (z ≥ z_fail)</source>
        <translation>
            <numerusform>%Ln personne concernée ressemble encore à un membre (z ≥ z_fail)</numerusform>
            <numerusform>%Ln personnes concernées ressemblent encore à des membres (z ≥ z_fail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s) have no reference model that trained on them (erased records are OUT for every model): the power of the test is unavailable, so they cannot pass</source>
        <translation>
            <numerusform>%Ln personne concernée n&apos;a aucun modèle de référence entraîné sur ses données (les enregistrements effacés sont OUT pour tous les modèles) : la puissance du test n&apos;est pas disponible, elle ne peut donc pas réussir</numerusform>
            <numerusform>%Ln personnes concernées n&apos;ont aucun modèle de référence entraîné sur leurs données (les enregistrements effacés sont OUT pour tous les modèles) : la puissance du test n&apos;est pas disponible, elles ne peuvent donc pas réussir</numerusform>
        </translation>
    </message>
    <message>
        <source>for some subjects even a model that trained on them would not reach z_power: the test cannot tell (more reference models or more records needed)</source>
        <translation>pour certaines personnes concernées, même un modèle entraîné sur leurs données n&apos;atteindrait pas z_power : le test ne peut pas trancher (il faut plus de modèles de référence ou plus d&apos;enregistrements)</translation>
    </message>
    <message>
        <source>for some subjects the model before unlearning did not reach z_power either: the test cannot tell</source>
        <translation>pour certaines personnes concernées, le modèle avant désapprentissage n&apos;atteignait pas non plus z_power : le test ne peut pas trancher</translation>
    </message>
    <message>
        <source>no reference pool and no before-audit: nothing shows the test could have seen a remembered subject</source>
        <translation>ni ensemble de modèles de référence ni audit initial : rien ne montre que le test aurait pu détecter une personne encore mémorisée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln retained record(s) became more exposed after unlearning (the control)</source>
        <translation>
            <numerusform>%Ln enregistrement conservé est plus exposé après le désapprentissage (le contrôle)</numerusform>
            <numerusform>%Ln enregistrements conservés sont plus exposés après le désapprentissage (le contrôle)</numerusform>
        </translation>
    </message>
    <message>
        <source>LiRA offline z of each forget record against %1 reference models (OUT = retrained without the subject), combined per subject (Stouffer, divided by the root of the design effect the OUT models show for the subject&apos;s records); power from the IN reference models</source>
        <translation>z LiRA hors ligne de chaque enregistrement à oublier face à %1 modèles de référence (OUT = réentraînés sans la personne concernée), combiné par personne (Stouffer, divisé par la racine de l&apos;effet de plan que montrent les modèles OUT pour les enregistrements de la personne) ; puissance tirée des modèles de référence IN</translation>
    </message>
    <message>
        <source>loss-attack exposure percentile among test records, as z, combined per subject (Stouffer); power from the before-audit</source>
        <translation>percentile d&apos;exposition de l&apos;attaque par la perte parmi les enregistrements de test, exprimé en z, combiné par personne (Stouffer) ; puissance tirée de l&apos;audit initial</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>As stored, in English: </source>
        <translation>Tel qu’enregistré, en anglais : </translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>AUC %1; TPR %2 at FPR ≤ 1% (reached %3)</source>
        <translation>AUC %1 ; TPR %2 à FPR ≤ 1 % (atteint %3)</translation>
    </message>
    <message>
        <source>ok: %1 log entries, %2 files, %3 audits re-hashed</source>
        <translation>ok : %1 entrées du journal, %2 fichiers, %3 audits re-hachés</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>no complete reference pool matches this model&apos;s training configuration; build one with Job &gt; Reference models… or lethe references build</source>
        <translation>aucun pool de référence complet ne correspond à la configuration d&apos;entraînement de ce modèle ; en construire un avec Tâche &gt; Modèles de référence… ou lethe references build</translation>
    </message>
    <message>
        <source>reading the case&apos;s lineage</source>
        <translation>lecture de la provenance du dossier</translation>
    </message>
    <message>
        <source>drawing the plots</source>
        <translation>tracé des graphiques</translation>
    </message>
    <message>
        <source>laying out the PDF</source>
        <translation>mise en page du PDF</translation>
    </message>
    <message>
        <source>writing the report</source>
        <translation>écriture du rapport</translation>
    </message>
    <message>
        <source>writing the PDF</source>
        <translation>écriture du PDF</translation>
    </message>
    <message>
        <source>signing and writing the bundle</source>
        <translation>signature et écriture du paquet</translation>
    </message>
    <message>
        <source>verifying the project (audit log, artifacts, audits)</source>
        <translation>vérification du projet (journal d&apos;audit, artefacts, audits)</translation>
    </message>
    <message>
        <source>reading the job&apos;s lineage</source>
        <translation>lecture de la provenance de la tâche</translation>
    </message>
    <message>
        <source>%1, shard %2/%3</source>
        <translation>%1, fragment %2/%3</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>passe avant</translation>
    </message>
    <message>
        <source>copying Fashion-MNIST into the project</source>
        <translation>copie de Fashion-MNIST dans le projet</translation>
    </message>
    <message>
        <source>hashing records</source>
        <translation>calcul des empreintes des enregistrements</translation>
    </message>
    <message>
        <source>verifying record hashes</source>
        <translation>vérification des empreintes des enregistrements</translation>
    </message>
    <message>
        <source>writing the case report</source>
        <translation>écriture du rapport du dossier</translation>
    </message>
    <message>
        <source>verifying the project</source>
        <translation>vérification du projet</translation>
    </message>
    <message>
        <source>gradient ascent on the forget set</source>
        <translation>montée de gradient sur l&apos;ensemble à oublier</translation>
    </message>
    <message>
        <source>certified removal</source>
        <translation>suppression certifiée</translation>
    </message>
    <message>
        <source>certified removal: features</source>
        <translation>suppression certifiée : caractéristiques</translation>
    </message>
    <message>
        <source>certified removal: Newton solve</source>
        <translation>suppression certifiée : pas de Newton</translation>
    </message>
    <message>
        <source>Fisher information</source>
        <translation>information de Fisher</translation>
    </message>
    <message>
        <source>Fisher noise</source>
        <translation>bruit de Fisher</translation>
    </message>
    <message>
        <source>Bad Teacher distillation</source>
        <translation>distillation Bad Teacher</translation>
    </message>
    <message>
        <source>l1-sparse fine-tuning</source>
        <translation>réentraînement parcimonieux L1</translation>
    </message>
    <message>
        <source>random-label training</source>
        <translation>entraînement à étiquettes aléatoires</translation>
    </message>
    <message>
        <source>SalUn (masked random-label training)</source>
        <translation>SalUn (entraînement masqué à étiquettes aléatoires)</translation>
    </message>
    <message>
        <source>amnesiac repair fine-tuning</source>
        <translation>Amnesiac : réentraînement de réparation</translation>
    </message>
    <message>
        <source>fine-tuning on retained records</source>
        <translation>réentraînement sur les enregistrements conservés</translation>
    </message>
    <message>
        <source>training shard %1/%2, stage %3/%4</source>
        <translation>entraînement du fragment %1/%2, étape %3/%4</translation>
    </message>
    <message>
        <source>reference pool for model %1</source>
        <translation>pool de référence du modèle %1</translation>
    </message>
    <message>
        <source>scoring reference model %1</source>
        <translation>évaluation du modèle de référence %1</translation>
    </message>
    <message>
        <source>forgetting subject %1 from model %2 with %3</source>
        <translation>oubli de la personne %1 dans le modèle %2 avec %3</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 done, %3 running, %4 pending, %5 failed and running again</source>
        <translation>tâche Slurm %1 : %2 terminées, %3 en cours, %4 en attente, %5 échouées et relancées</translation>
    </message>
    <message>
        <source>Slurm job %1: %2 done, %3 running, %4 pending</source>
        <translation>tâche Slurm %1 : %2 terminées, %3 en cours, %4 en attente</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
</context>
<context>
    <name>lethe::ui::CaseDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>Modifier le dossier %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>e.g. DPO-2025-0002</source>
        <translation>p. ex. DPO-2025-0002</translation>
    </message>
    <message>
        <source>the subject&apos;s pseudonym (never a real identity)</source>
        <translation>le pseudonyme de la personne concernée (jamais une identité réelle)</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Référence du dossier :</translation>
    </message>
    <message>
        <source>Subject pseudonym:</source>
        <translation>Pseudonyme de la personne :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <source>Art. 17(1) ground:</source>
        <translation>Motif (art. 17(1)) :</translation>
    </message>
</context>
<context>
    <name>lethe::ui::CasesModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n month(s) (Art. 12(3)); first deadline %1</source>
        <translation>
            <numerusform>Prolongé de %n mois (art. 12(3)) ; première échéance %1</numerusform>
            <numerusform>Prolongé de %n mois (art. 12(3)) ; première échéance %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 month(s) from receipt, extendable by %3</source>
        <translation>%1 : %2 mois à compter de la réception, prolongeable de %3</translation>
    </message>
    <message>
        <source>
closed over open findings: %1</source>
        <translation>
clos malgré des constats ouverts : %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n jour restant)</numerusform>
            <numerusform>%1 (%n jours restants)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::CasesPanel</name>
    <message>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <source>Answer the case: your decision, with a note (the software never closes a case)</source>
        <translation>Répondre au dossier : votre décision, accompagnée d&apos;une note (le logiciel ne clôt jamais un dossier)</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <source>Art. 12(3): extend the deadline by up to two further months, with the reason</source>
        <translation>Art. 12(3) : prolonger l&apos;échéance de deux mois au plus, en indiquant le motif</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Art. 12(4): refuse the request, with the reason</source>
        <translation>Art. 12(4) : refuser la demande, en indiquant le motif</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Chronologie…</translation>
    </message>
    <message>
        <source>The case&apos;s history from the audit log: jobs, audits, reports and decisions</source>
        <translation>L&apos;historique du dossier d&apos;après le journal d&apos;audit : tâches, audits, rapports et décisions</translation>
    </message>
    <message>
        <source>Timeline of case %1</source>
        <translation>Chronologie du dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>Case &lt;b&gt;%1&lt;/b&gt;, subject %2: %n event(s) from the audit log, oldest first.</source>
        <translation>
            <numerusform>Dossier &lt;b&gt;%1&lt;/b&gt;, personne concernée %2 : %n événement du journal d&apos;audit, du plus ancien au plus récent.</numerusform>
            <numerusform>Dossier &lt;b&gt;%1&lt;/b&gt;, personne concernée %2 : %n événements du journal d&apos;audit, du plus ancien au plus récent.</numerusform>
        </translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>%1
(audit-log entry %2)</source>
        <translation>%1
(entrée %2 du journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Case not created</source>
        <translation>Dossier non créé</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Dossier non enregistré</translation>
    </message>
    <message>
        <source>Case not closed</source>
        <translation>Dossier non clos</translation>
    </message>
    <message>
        <source>Case %1 answered</source>
        <translation>Réponse apportée au dossier %1</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger l&apos;échéance</translation>
    </message>
    <message>
        <source>Case %1 is already extended by %2 month(s), the most the rule allows.</source>
        <translation>Le dossier %1 est déjà prolongé de %2 mois, le maximum autorisé par la règle.</translation>
    </message>
    <message>
        <source>Extend case %1 by how many months (Art. 12(3))?</source>
        <translation>De combien de mois prolonger le dossier %1 (art. 12(3)) ?</translation>
    </message>
    <message>
        <source>Reason (the subject is told within the first month):</source>
        <translation>Motif (la personne concernée en est informée dans le premier mois) :</translation>
    </message>
    <message>
        <source>Deadline not extended</source>
        <translation>Échéance non prolongée</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Why is case %1 refused (Art. 12(4))? The subject is told.</source>
        <translation>Pourquoi le dossier %1 est-il refusé (art. 12(4)) ? La personne concernée en est informée.</translation>
    </message>
    <message>
        <source>Request not refused</source>
        <translation>Demande non refusée</translation>
    </message>
    <message>
        <source>before the forget job</source>
        <translation>avant la tâche d&apos;oubli</translation>
    </message>
    <message>
        <source>after the forget job</source>
        <translation>après la tâche d&apos;oubli</translation>
    </message>
    <message>
        <source>on its own</source>
        <translation>indépendant</translation>
    </message>
</context>
<context>
    <name>lethe::ui::CloseCaseDialog</name>
    <message>
        <source>Close case %1</source>
        <translation>Clore le dossier %1</translation>
    </message>
    <message>
        <source>Closing marks the case &lt;b&gt;answered&lt;/b&gt;: you decide that the request was honoured and record what the subject is told. The audit log keeps your note.</source>
        <translation>La clôture marque le dossier comme &lt;b&gt;ayant reçu une réponse&lt;/b&gt; : vous décidez que la demande a été satisfaite et consignez ce qui est communiqué à la personne concernée. Le journal d&apos;audit conserve votre note.</translation>
    </message>
    <message>
        <source>What was done, and what the subject is told</source>
        <translation>Ce qui a été fait, et ce qui est communiqué à la personne concernée</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n finding(s) are still open:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n constat est encore ouvert :&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n constats sont encore ouverts :&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>To close anyway, give the reason for the override; it is recorded.</source>
        <translation>Pour clore malgré tout, indiquez le motif de la dérogation ; il sera consigné.</translation>
    </message>
    <message>
        <source>Reason for closing over open findings</source>
        <translation>Motif de la clôture malgré des constats ouverts</translation>
    </message>
    <message>
        <source>Redact the subject&apos;s raw records from this project&apos;s copies</source>
        <translation>Caviarder les enregistrements bruts de la personne concernée dans les copies de ce projet</translation>
    </message>
    <message>
        <source>Lethe keeps no personal data it no longer needs: the records&apos; rows are zeroed in the project&apos;s dataset files (images removed). Their hashes, scores and the reports stay, and the redaction is logged.</source>
        <translation>Lethe ne conserve aucune donnée personnelle dont il n&apos;a plus besoin : les lignes des enregistrements sont mises à zéro dans les fichiers du jeu de données du projet (images supprimées). Leurs empreintes, leurs scores et les rapports sont conservés, et le caviardage est journalisé.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clore le dossier</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ExposureTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Φ(LiRA offline z): how far the audited model&apos;s confidence on the record lies above what models that never saw it give (0.5 = like them; near 1 = still remembered)</source>
        <translation>Φ(z LiRA hors ligne) : dans quelle mesure la confiance du modèle audité sur l&apos;enregistrement dépasse celle des modèles qui ne l&apos;ont jamais vu (0.5 = comme eux ; proche de 1 = encore mémorisé)</translation>
    </message>
    <message>
        <source>The loss attack&apos;s percentile of the record among the test records (0.5 = like an unseen record; near 1 = lower loss than almost every test record)</source>
        <translation>Le percentile de l&apos;enregistrement selon l&apos;attaque par perte parmi les enregistrements de test (0.5 = comme un enregistrement jamais vu ; proche de 1 = perte plus faible que presque tous les enregistrements de test)</translation>
    </message>
    <message>
        <source>The same exposure in the other audit of the job (the model before unlearning)</source>
        <translation>La même exposition dans l&apos;autre audit de la tâche (le modèle avant le désapprentissage)</translation>
    </message>
    <message>
        <source>LiRA offline z = (φ − μ_out) / σ_out on the logit-scaled confidence</source>
        <translation>z LiRA hors ligne = (φ − μ_out) / σ_out sur la confiance mise à l&apos;échelle logit</translation>
    </message>
    <message>
        <source>LiRA online: log N(φ; μ_in, σ_in) − log N(φ; μ_out, σ_out)</source>
        <translation>LiRA en ligne : log N(φ; μ_in, σ_in) − log N(φ; μ_out, σ_out)</translation>
    </message>
    <message>
        <source>RMIA: fraction of population records the record dominates (γ = 1)</source>
        <translation>RMIA : fraction des enregistrements de la population que l&apos;enregistrement domine (γ = 1)</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposition</translation>
    </message>
    <message>
        <source>exposure before</source>
        <translation>exposition avant</translation>
    </message>
    <message>
        <source>LiRA offline z</source>
        <translation>z LiRA hors ligne</translation>
    </message>
    <message>
        <source>LiRA online</source>
        <translation>LiRA en ligne</translation>
    </message>
    <message>
        <source>RMIA</source>
        <translation>RMIA</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ExposureView</name>
    <message>
        <source>%1 of %2 retained records more exposed after unlearning</source>
        <translation>%1 sur %2 enregistrements conservés plus exposés après le désapprentissage</translation>
    </message>
    <message>
        <source>Select a record to show it in the lineage browser&apos;s detail pane; double-click to go there</source>
        <translation>Sélectionnez un enregistrement pour l&apos;afficher dans le volet de détail du navigateur de traçabilité ; double-cliquez pour y accéder</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>tranche</translation>
    </message>
    <message>
        <source>n members / non-members</source>
        <translation>n membres / non-membres</translation>
    </message>
    <message>
        <source>AUC after [95% CI]</source>
        <translation>AUC après [IC 95 %]</translation>
    </message>
    <message>
        <source>TPR at 1% FPR after [95% CI]</source>
        <translation>TPR à 1 % de FPR après [IC 95 %]</translation>
    </message>
    <message>
        <source>AUC before [95% CI]</source>
        <translation>AUC avant [IC 95 %]</translation>
    </message>
    <message>
        <source>retained record</source>
        <translation>enregistrement conservé</translation>
    </message>
    <message>
        <source>exposure before</source>
        <translation>exposition avant</translation>
    </message>
    <message>
        <source>exposure after</source>
        <translation>exposition après</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>hausse</translation>
    </message>
    <message>
        <source>Most exposed forget records</source>
        <translation>Enregistrements à oublier les plus exposés</translation>
    </message>
    <message>
        <source>The attack by slice (the Attack selector above chooses it)</source>
        <translation>L&apos;attaque par tranche (choisie avec le sélecteur Attaque ci-dessus)</translation>
    </message>
    <message>
        <source>Retained records (control)</source>
        <translation>Enregistrements conservés (contrôle)</translation>
    </message>
    <message>
        <source>No forget job shown.</source>
        <translation>Aucune tâche d&apos;oubli affichée.</translation>
    </message>
    <message>
        <source>Job %1 has no audits (it ran with auditing off, or stopped before its audit): no per-record exposure.</source>
        <translation>La tâche %1 n&apos;a pas d&apos;audit (elle a été exécutée sans audit, ou s&apos;est arrêtée avant son audit) : aucune exposition par enregistrement.</translation>
    </message>
    <message>
        <source>The %1 has no per-record exposure (an audit from before issue 5): audit the job again with &lt;tt&gt;lethe audit --job %2&lt;/tt&gt;.</source>
        <translation>L&apos;%1 ne comporte aucune exposition par enregistrement (audit antérieur au ticket 5) : auditez de nouveau la tâche avec &lt;tt&gt;lethe audit --job %2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>after-audit</source>
        <translation>audit final</translation>
    </message>
    <message>
        <source>before-audit</source>
        <translation>audit initial</translation>
    </message>
    <message>
        <source>The audit had no forget records: nothing to rank.</source>
        <translation>L&apos;audit ne comportait aucun enregistrement à oublier : rien à classer.</translation>
    </message>
    <message>
        <source> Ranked by the after-audit; the before-audit&apos;s exposure beside it.</source>
        <translation> Classement selon l&apos;audit final ; l&apos;exposition de l&apos;audit initial figure à côté.</translation>
    </message>
    <message>
        <source> No before-audit: the model before unlearning was not audited.</source>
        <translation> Aucun audit initial : le modèle avant désapprentissage n&apos;a pas été audité.</translation>
    </message>
    <message>
        <source> Only the before-audit exists (no after-audit yet): ranked by it.</source>
        <translation> Seul l&apos;audit initial existe (pas encore d&apos;audit final) : classement selon celui-ci.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The per-record scores could not be read: %1</source>
        <translation>&lt;br&gt;Les scores par enregistrement n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>No slices in the audit (an audit from before issue 5, or no forget records).</source>
        <translation>Aucune tranche dans l&apos;audit (audit antérieur au ticket 5, ou aucun enregistrement à oublier).</translation>
    </message>
    <message>
        <source>The %1 attack on each class and on correctly / wrongly classified records alone (forget records of the slice vs test records of the slice); an interval spanning 0.5 cannot tell the slice from chance. Empty slices show n only.</source>
        <translation>L&apos;attaque %1 sur chaque classe et sur les seuls enregistrements correctement / mal classés (enregistrements à oublier de la tranche vs enregistrements de test de la tranche) ; un intervalle contenant 0.5 ne permet pas de distinguer la tranche du hasard. Les tranches vides n&apos;affichent que n.</translation>
    </message>
    <message>
        <source> This audit has no slices of the %1 attack (an older audit, or an attack without a score for every record): the %2 attack is shown.</source>
        <translation> Cet audit ne comporte pas de tranches de l&apos;attaque %1 (audit plus ancien, ou attaque sans score pour chaque enregistrement) : l&apos;attaque %2 est affichée.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>correctly classified</source>
        <translation>correctement classé</translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation>mal classé</translation>
    </message>
    <message>
        <source>– (empty slice)</source>
        <translation>– (tranche vide)</translation>
    </message>
    <message>
        <source>The after-audit has no retained-records control (an audit from before issue 5).</source>
        <translation>L&apos;audit final ne comporte pas de contrôle sur les enregistrements conservés (audit antérieur au ticket 5).</translation>
    </message>
    <message>
        <source>No after-audit: the retained-records control compares the after-audit with the before-audit.</source>
        <translation>Aucun audit final : le contrôle sur les enregistrements conservés compare l&apos;audit final à l&apos;audit initial.</translation>
    </message>
    <message>
        <source>No before-audit to compare with: the control flags retained records whose exposure rose after unlearning, so it needs the model before unlearning audited too.</source>
        <translation>Aucun audit initial avec lequel comparer : le contrôle signale les enregistrements conservés dont l&apos;exposition a augmenté après le désapprentissage ; il nécessite donc que le modèle avant désapprentissage ait aussi été audité.</translation>
    </message>
    <message>
        <source> (loss-attack exposure percentile among test records rose by ≥ %1 to ≥ %2; compared with audit %3; Hayes et al. 2025: unlearning can expose retained records).</source>
        <translation> (percentile d&apos;exposition de l&apos;attaque par perte parmi les enregistrements de test en hausse de ≥ %1 jusqu&apos;à ≥ %2 ; comparaison avec l&apos;audit %3 ; Hayes et al. 2025 : le désapprentissage peut exposer des enregistrements conservés).</translation>
    </message>
    <message>
        <source> The first %1 are listed.</source>
        <translation> Les %1 premiers sont listés.</translation>
    </message>
    <message>
        <source>unknown error while reading the attack scores</source>
        <translation>erreur inconnue lors de la lecture des scores d&apos;attaque</translation>
    </message>
</context>
<context>
    <name>lethe::ui::FeatureWorker</name>
    <message>
        <source>unknown error while reading the record</source>
        <translation>erreur inconnue lors de la lecture de l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>lethe::ui::JobWorker</name>
    <message>
        <source>unknown error in the worker thread</source>
        <translation>erreur inconnue dans le thread de travail</translation>
    </message>
</context>
<context>
    <name>lethe::ui::LineageBrowser</name>
    <message>
        <source>Search subjects by pseudonym…</source>
        <translation>Rechercher une personne par pseudonyme…</translation>
    </message>
    <message>
        <source>Add subject to basket</source>
        <translation>Ajouter la personne au panier</translation>
    </message>
    <message>
        <source>Put every record of the selected subject into the selection basket</source>
        <translation>Placer tous les enregistrements de la personne sélectionnée dans le panier de sélection</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Browse every record of the project, not only one subject&apos;s</source>
        <translation>Parcourir tous les enregistrements du projet, pas seulement ceux d&apos;une personne</translation>
    </message>
    <message>
        <source>every split</source>
        <translation>toutes les partitions</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Partition :</translation>
    </message>
    <message>
        <source>Add selected records</source>
        <translation>Ajouter les enregistrements sélectionnés</translation>
    </message>
    <message>
        <source>Put the selected rows into the selection basket</source>
        <translation>Placer les lignes sélectionnées dans le panier de sélection</translation>
    </message>
    <message>
        <source>Filter, e.g. label = 3 and source = &apos;demo-app&apos;</source>
        <translation>Filtre, p. ex. label = 3 and source = &apos;demo-app&apos;</translation>
    </message>
    <message>
        <source>Fields: id, label, split, source, subject, collected_at, dataset, row; operators = != &lt; &lt;= &gt; &gt;=; conditions joined by &apos;and&apos;</source>
        <translation>Champs : id, label, split, source, subject, collected_at, dataset, row ; opérateurs = != &lt; &lt;= &gt; &gt;= ; conditions reliées par &apos;and&apos;</translation>
    </message>
    <message>
        <source>Add by filter</source>
        <translation>Ajouter par filtre</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>tout le projet</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>personne %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of %1</source>
        <translation>
            <numerusform>%1 : %Ln enregistrement</numerusform>
            <numerusform>%1 : %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a subject first</source>
        <translation>Sélectionnez d&apos;abord une personne</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln record(s) of %1 to the basket</source>
        <translation>
            <numerusform>%Ln enregistrement de %1 ajouté au panier</numerusform>
            <numerusform>%Ln enregistrements de %1 ajoutés au panier</numerusform>
        </translation>
    </message>
    <message>
        <source>Select records in the table first</source>
        <translation>Sélectionnez d&apos;abord des enregistrements dans le tableau</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuellement</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <translation>filtre « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>The filter matched %Ln record(s)</source>
        <translation>
            <numerusform>Le filtre correspond à %Ln enregistrement</numerusform>
            <numerusform>Le filtre correspond à %Ln enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::MainWindow</name>
    <message>
        <source>Lethe workbench</source>
        <translation>Atelier Lethe</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>Traçabi&amp;lité</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Basket and run</source>
        <translation>Panier et exécution</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Lethe</source>
        <translation>À &amp;propos de Lethe</translation>
    </message>
    <message>
        <source>About Lethe</source>
        <translation>À propos de Lethe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lethe&lt;/b&gt; %1: a workbench for auditing machine unlearning (GDPR Art. 17).</source>
        <translation>&lt;b&gt;Lethe&lt;/b&gt; %1 : un atelier pour auditer le désapprentissage machine (RGPD, art. 17).</translation>
    </message>
    <message>
        <source>Job %1 done: see the results; File &gt; Export report writes the PDF</source>
        <translation>Tâche %1 terminée : consultez les résultats ; Fichier &gt; Exporter le rapport génère le PDF</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>La tâche a échoué</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>Tâche annulée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a Lethe project folder (it holds lineage.sqlite)</source>
        <translation>Ouvrir un répertoire de projet Lethe (il contient lineage.sqlite)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Build demo project…</source>
        <translation>&amp;Générer le projet de démonstration…</translation>
    </message>
    <message>
        <source>Folder for the demo project (created inside)</source>
        <translation>Répertoire du projet de démonstration (créé à l&apos;intérieur)</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Write the PDF compliance report of the job shown in Results</source>
        <translation>Générer le rapport de conformité PDF de la tâche affichée dans Résultats</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Confirmations and the deadline rule for new cases</source>
        <translation>Confirmations et règle d&apos;échéance pour les nouveaux dossiers</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Start forgetting</source>
        <translation>&amp;Lancer l&apos;oubli</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Investigate case…</source>
        <translation>&amp;Instruire le dossier…</translation>
    </message>
    <message>
        <source>The whole selected case in one go: reference models, a forget job for every model that trained on the subject, audits, and the report</source>
        <translation>Tout le dossier sélectionné en une seule fois : modèles de référence, une tâche d&apos;oubli pour chaque modèle entraîné sur la personne concernée, audits et rapport</translation>
    </message>
    <message>
        <source>Export &amp;evidence bundle…</source>
        <translation>Exporter le lot de &amp;preuves…</translation>
    </message>
    <message>
        <source>The selected case&apos;s signed evidence bundle: its reports, every figure with the score tables behind it and the audit log, for lethe verify-bundle</source>
        <translation>Le lot de preuves signé du dossier sélectionné : ses rapports, chaque chiffre accompagné des tables de scores sous-jacentes et le journal d&apos;audit, pour lethe verify-bundle</translation>
    </message>
    <message>
        <source>Re&amp;ference models…</source>
        <translation>&amp;Modèles de référence…</translation>
    </message>
    <message>
        <source>Build the reference-model pool that LiRA, RMIA and the per-subject verdicts use</source>
        <translation>Générer le pool de modèles de référence qu&apos;utilisent LiRA, RMIA et les verdicts par personne</translation>
    </message>
    <message>
        <source>&amp;Refresh views</source>
        <translation>Actualiser les &amp;vues</translation>
    </message>
    <message>
        <source>&amp;Find subject</source>
        <translation>&amp;Rechercher une personne</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>Projet non ouvert</translation>
    </message>
    <message>
        <source>A job is running; wait for it or cancel it first.</source>
        <translation>Une tâche est en cours ; attendez qu&apos;elle se termine ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 — Lethe workbench</source>
        <translation>%1 — Atelier Lethe</translation>
    </message>
    <message>
        <source>%1 · %2 subjects · %3 records</source>
        <translation>%1 · %2 personnes concernées · %3 enregistrements</translation>
    </message>
    <message>
        <source>Recovered from an earlier crash: %1 job(s) marked interrupted, %2 file(s) cleaned, %3 purge(s) completed</source>
        <translation>Reprise après un plantage antérieur : %1 tâche(s) marquée(s) comme interrompue(s), %2 fichier(s) nettoyé(s), %3 purge(s) achevée(s)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Completed a redaction an interruption had left unfinished (%Ln record(s))</source>
        <translation>
            <numerusform>Un caviardage laissé inachevé par une interruption a été achevé (%Ln enregistrement)</numerusform>
            <numerusform>Un caviardage laissé inachevé par une interruption a été achevé (%Ln enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redaction not completed</source>
        <translation>Caviardage non achevé</translation>
    </message>
    <message>
        <source>Other users can read this project</source>
        <translation>D&apos;autres utilisateurs peuvent lire ce projet</translation>
    </message>
    <message>
        <source>&lt;p&gt;This project holds personal data, and other users of this machine can read it:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Run &lt;tt&gt;lethe share --project %2 --private&lt;/tt&gt; to make it yours alone, or share it with a group on purpose (&lt;tt&gt;--group NAME&lt;/tt&gt;); see docs/security.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce projet contient des données personnelles, et d&apos;autres utilisateurs de cette machine peuvent les lire :&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Exécutez &lt;tt&gt;lethe share --project %2 --private&lt;/tt&gt; pour le rendre accessible à vous seul, ou partagez-le délibérément avec un groupe (&lt;tt&gt;--group NAME&lt;/tt&gt;) ; voir docs/security.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Lethe project</source>
        <translation>Ouvrir un projet Lethe</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Nothing to investigate</source>
        <translation>Rien à instruire</translation>
    </message>
    <message>
        <source>Open a project and select a case first.</source>
        <translation>Ouvrez d&apos;abord un projet et sélectionnez un dossier.</translation>
    </message>
    <message>
        <source>Investigation not started</source>
        <translation>Instruction non lancée</translation>
    </message>
    <message>
        <source>A job is running; start the investigation when it is done.</source>
        <translation>Une tâche est en cours ; lancez l&apos;instruction lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>modèle %1 (%2)</translation>
    </message>
    <message>
        <source>Investigate case %1</source>
        <translation>Instruire le dossier %1</translation>
    </message>
    <message>
        <source>Lethe will build %1 reference models for each model in scope, forget subject %2 from %3, audit each model before and after, and write the report.

Afterwards the files of every model, checkpoint and reference model that trained on the subject&apos;s records are deleted (the deletions are logged). The case stays open for your decision.</source>
        <translation>Lethe va générer %1 modèles de référence pour chaque modèle concerné ; faire oublier la personne concernée %2 aux modèles suivants : %3 ; auditer chaque modèle avant et après ; puis rédiger le rapport.

Ensuite, les fichiers de chaque modèle, point de contrôle et modèle de référence entraîné sur les enregistrements de la personne concernée sont supprimés (les suppressions sont journalisées). Le dossier reste ouvert dans l&apos;attente de votre décision.</translation>
    </message>
    <message>
        <source>no model (every one is handled)</source>
        <translation>aucun modèle (tous ont été traités)</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 investigated: %n job(s), case verdict %2</source>
        <translation>
            <numerusform>Dossier %1 instruit : %n tâche, verdict du dossier %2</numerusform>
            <numerusform>Dossier %1 instruit : %n tâches, verdict du dossier %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Investigating case %1…</source>
        <translation>Instruction du dossier %1…</translation>
    </message>
    <message>
        <source>Reference pool ready: the next audit of the model it serves uses it; Re-audit brings it to the job shown</source>
        <translation>Pool de référence prêt : le prochain audit du modèle qu&apos;il dessert l&apos;utilisera ; « Réauditer » l&apos;applique à la tâche affichée</translation>
    </message>
    <message>
        <source>Reference models</source>
        <translation>Modèles de référence</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <source>Open a project and select a case, or show a forget job in Results, first.</source>
        <translation>Ouvrez d&apos;abord un projet et sélectionnez un dossier, ou affichez une tâche d&apos;oubli dans Résultats.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non généré</translation>
    </message>
    <message>
        <source>A job is running; export the report when it is done.</source>
        <translation>Une tâche est en cours ; exportez le rapport lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Report written to %1 (case verdict %2)</source>
        <translation>Rapport enregistré dans %1 (verdict du dossier %2)</translation>
    </message>
    <message>
        <source>Report export cancelled; nothing was written</source>
        <translation>Export du rapport annulé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Export the report of the case</source>
        <translation>Exporter le rapport du dossier</translation>
    </message>
    <message>
        <source>Export the report of job %1</source>
        <translation>Exporter le rapport de la tâche %1</translation>
    </message>
    <message>
        <source>Exporting the report of the case…</source>
        <translation>Export du rapport du dossier…</translation>
    </message>
    <message>
        <source>Exporting the report of job %1…</source>
        <translation>Export du rapport de la tâche %1…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>No evidence bundle</source>
        <translation>Aucun lot de preuves</translation>
    </message>
    <message>
        <source>Evidence bundle not written</source>
        <translation>Lot de preuves non généré</translation>
    </message>
    <message>
        <source>A job is running; export the bundle when it is done.</source>
        <translation>Une tâche est en cours ; exportez le lot lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Evidence bundle written to %1, signed by key %2</source>
        <translation>Lot de preuves enregistré dans %1, signé par la clé %2</translation>
    </message>
    <message>
        <source>Evidence export cancelled; nothing was written</source>
        <translation>Export des preuves annulé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Export the evidence bundle of the case</source>
        <translation>Exporter le lot de preuves du dossier</translation>
    </message>
    <message>
        <source>Exporting the evidence bundle…</source>
        <translation>Export du lot de preuves…</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation>Exporter le lot de preuves</translation>
    </message>
    <message>
        <source>Evidence bundle (*.tar.gz)</source>
        <translation>Lot de preuves (*.tar.gz)</translation>
    </message>
    <message>
        <source>Demo ready: open case %1 for subject %2</source>
        <translation>Démo prête : ouvrez le dossier %1 de la personne concernée %2</translation>
    </message>
    <message>
        <source>Build the demo project</source>
        <translation>Générer le projet de démonstration</translation>
    </message>
    <message>
        <source>Building the demo project in %1…</source>
        <translation>Génération du projet de démonstration dans %1…</translation>
    </message>
    <message>
        <source>Welcome to Lethe</source>
        <translation>Bienvenue dans Lethe</translation>
    </message>
    <message>
        <source>A demo project exists in %1. Open it?</source>
        <translation>Un projet de démonstration existe dans %1. L&apos;ouvrir ?</translation>
    </message>
    <message>
        <source>Lethe can build a demo project in %1 from Fashion-MNIST: synthetic data subjects, a monolithic and a SISA model, and one open erasure request. It takes a minute.</source>
        <translation>Lethe peut générer un projet de démonstration dans %1 à partir de Fashion-MNIST : des personnes concernées synthétiques, un modèle monolithique et un modèle SISA, et une demande d&apos;effacement ouverte. Cela prend une minute.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>Build the demo</source>
        <translation>Générer la démo</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>Une tâche est en cours</translation>
    </message>
    <message>
        <source>Cancel the running job and quit? The job stops within one batch; nothing half-written is kept.</source>
        <translation>Annuler la tâche en cours et quitter ? La tâche s&apos;arrête en moins d&apos;un lot ; rien d&apos;écrit à moitié n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Not redacted yet</source>
        <translation>Pas encore caviardé</translation>
    </message>
    <message>
        <source>A job is running; redact when it is done (lethe requests redact).</source>
        <translation>Une tâche est en cours ; caviardez lorsqu&apos;elle sera terminée (lethe requests redact).</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %Ln record(s) of the subject from this project&apos;s copies; their hashes, scores and the reports stay</source>
        <translation>
            <numerusform>%Ln enregistrement de la personne concernée caviardé dans les copies de ce projet ; son empreinte, ses scores et les rapports sont conservés</numerusform>
            <numerusform>%Ln enregistrements de la personne concernée caviardés dans les copies de ce projet ; leurs empreintes, leurs scores et les rapports sont conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted</source>
        <translation>Non caviardé</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>What each panel shows, the verdict rules and a glossary of every term on screen</source>
        <translation>Ce que montre chaque panneau, les règles du verdict et un glossaire de tous les termes affichés</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est ?</translation>
    </message>
    <message>
        <source>Lethe user guide</source>
        <translation>Guide de l&apos;utilisateur de Lethe</translation>
    </message>
    <message>
        <source>Export the report in %1</source>
        <translation>Exporter le rapport en %1</translation>
    </message>
    <message>
        <source>Exporting the report in %1…</source>
        <translation>Export du rapport en %1…</translation>
    </message>
</context>
<context>
    <name>lethe::ui::MethodParamsEditor</name>
    <message>
        <source>No parameters: the method reuses the training run&apos;s configuration and seed.</source>
        <translation>Aucun paramètre : la méthode réutilise la configuration et la graine de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Set every parameter of the method back to the registry&apos;s default</source>
        <translation>Rétablir tous les paramètres de la méthode à leur valeur par défaut du registre</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Takes: %1</source>
        <translation>Accepte : %1</translation>
    </message>
    <message>
        <source>Parameter key: %1 (lethe forget --param %1=…)</source>
        <translation>Clé du paramètre : %1 (lethe forget --param %1=…)</translation>
    </message>
    <message>
        <source>parameter %1 of %2 takes a number</source>
        <translation>le paramètre %1 de %2 attend un nombre</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
</context>
<context>
    <name>lethe::ui::RecordDetail</name>
    <message>
        <source>The record&apos;s features as stored in the dataset file (28 x 28 grey for Fashion-MNIST)</source>
        <translation>Les caractéristiques de l&apos;enregistrement telles que stockées dans le fichier du jeu de données (28 x 28 en niveaux de gris pour Fashion-MNIST)</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>features unavailable:
%1</source>
        <translation>caractéristiques indisponibles :
%1</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>Select a record to see its lineage.</source>
        <translation>Sélectionnez un enregistrement pour voir sa traçabilité.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record %1&lt;/b&gt;&lt;br&gt;subject %2 · label %3 · %4&lt;br&gt;dataset %5, row %6&lt;br&gt;collected %7&lt;br&gt;&lt;small&gt;SHA-256 %8…&lt;/small&gt;</source>
        <translation>&lt;b&gt;Enregistrement %1&lt;/b&gt;&lt;br&gt;personne %2 · étiquette %3 · %4&lt;br&gt;jeu de données %5, ligne %6&lt;br&gt;collecte : %7&lt;br&gt;&lt;small&gt;SHA-256 %8…&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(date not recorded)</source>
        <translation>(date non consignée)</translation>
    </message>
    <message>
        <source>SHA-256 of the record&apos;s bytes: %1</source>
        <translation>SHA-256 des octets de l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>redacted
%1</source>
        <translation>caviardé
%1</translation>
    </message>
    <message>
        <source>The record&apos;s raw data was redacted from this project&apos;s copies after its case was answered; its SHA-256 and the stored scores remain.</source>
        <translation>Les données brutes de l&apos;enregistrement ont été caviardées des copies de ce projet après la réponse apportée à son dossier ; son empreinte SHA-256 et les scores stockés sont conservés.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>run %1 (%2, %3)</source>
        <translation>entraînement %1 (%2, %3)</translation>
    </message>
    <message>
        <source>shard %1, slice %2</source>
        <translation>fragment %1, tranche %2</translation>
    </message>
    <message>
        <source>Checkpoints that saw it</source>
        <translation>Points de contrôle l&apos;ayant vu</translation>
    </message>
    <message>
        <source>checkpoint %1 (run %2)</source>
        <translation>point de contrôle %1 (entraînement %2)</translation>
    </message>
    <message>
        <source>shard %1, stage %2</source>
        <translation>fragment %1, étape %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>model %1 (%2, %3)</source>
        <translation>modèle %1 (%2, %3)</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragment %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>entraînement %1</translation>
    </message>
    <message>
        <source>Forget jobs</source>
        <translation>Tâches d&apos;oubli</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>tâche %1</translation>
    </message>
</context>
<context>
    <name>lethe::ui::RecordTableModel</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté le</translation>
    </message>
    <message>
        <source>Dataset row</source>
        <translation>Ligne du jeu de données</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ReferencePoolDialog</name>
    <message>
        <source>Reference models</source>
        <translation>Modèles de référence</translation>
    </message>
    <message>
        <source>Number of reference models K. Each is trained on a random half of the project&apos;s records (by subject), so each record has K/2 IN and K/2 OUT models. The default %1 fits the demo in minutes on 2 cores; LiRA&apos;s low-FPR power grows with K.</source>
        <translation>Nombre de modèles de référence K. Chacun est entraîné sur une moitié aléatoire des enregistrements du projet (tirée par personne concernée), si bien que chaque enregistrement dispose de K/2 modèles IN et de K/2 modèles OUT. La valeur par défaut %1 permet de traiter la démo en quelques minutes sur 2 cœurs ; la puissance de LiRA à faible FPR croît avec K.</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation>&amp;Annuler la génération</translation>
    </message>
    <message>
        <source>&amp;Re-audit job</source>
        <translation>&amp;Réauditer la tâche</translation>
    </message>
    <message>
        <source>Audit the job shown in Results again, with the newest usable pool of its model: its verdict then has LiRA, RMIA and the per-subject test</source>
        <translation>Auditer de nouveau la tâche affichée dans Résultats avec le pool utilisable le plus récent de son modèle : son verdict comporte alors LiRA, RMIA et le test par personne</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <source>serves</source>
        <translation>dessert</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>models trained</source>
        <translation>modèles entraînés</translation>
    </message>
    <message>
        <source>training s</source>
        <translation>entraînement (s)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>The live models whose training configuration the pool matches; an audit of one of them uses it</source>
        <translation>Les modèles actifs dont la configuration d&apos;entraînement correspond au pool ; un audit de l&apos;un d&apos;eux l&apos;utilise</translation>
    </message>
    <message>
        <source>Models (K):</source>
        <translation>Modèles (K) :</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Exécuter sur :</translation>
    </message>
    <message>
        <source>Pools of this project (an audit uses the newest complete pool whose training config matches the audited model):</source>
        <translation>Pools de ce projet (un audit utilise le pool complet le plus récent dont la configuration d&apos;entraînement correspond au modèle audité) :</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>&amp;Re-audit job %1</source>
        <translation>&amp;Réauditer la tâche %1</translation>
    </message>
    <message>
        <source>Train the pool with the training configuration of job %1&apos;s output model</source>
        <translation>Entraîner le pool avec la configuration d&apos;entraînement du modèle produit par la tâche %1</translation>
    </message>
    <message>
        <source>Train the pool with the configuration of the newest trained model</source>
        <translation>Entraîner le pool avec la configuration du modèle entraîné le plus récent</translation>
    </message>
    <message>
        <source>no live model has this pool&apos;s training configuration</source>
        <translation>aucun modèle actif n&apos;a la configuration d&apos;entraînement de ce pool</translation>
    </message>
    <message>
        <source>model %1 (%2)</source>
        <translation>modèle %1 (%2)</translation>
    </message>
    <message>
        <source>%1: its next audit uses it</source>
        <translation>%1 : son prochain audit l&apos;utilise</translation>
    </message>
    <message>
        <source>%1: not used, %2</source>
        <translation>%1 : non utilisé, %2</translation>
    </message>
    <message>
        <source>; Build trains the missing models again</source>
        <translation>; « Générer » entraîne de nouveau les modèles manquants</translation>
    </message>
    <message>
        <source>Job %1 audited again (audit %2) with reference pool %3: its verdict now has the reference attacks.</source>
        <translation>Tâche %1 auditée de nouveau (audit %2) avec le pool de référence %3 : son verdict comporte désormais les attaques fondées sur les modèles de référence.</translation>
    </message>
    <message>
        <source>Job %1 audited again (audit %2) without reference models: %3</source>
        <translation>Tâche %1 auditée de nouveau (audit %2) sans modèles de référence : %3</translation>
    </message>
    <message>
        <source>Re-audit cancelled: the job keeps its earlier audit.</source>
        <translation>Nouvel audit annulé : la tâche conserve son audit précédent.</translation>
    </message>
    <message>
        <source>Re-audit failed: %1</source>
        <translation>Échec du nouvel audit : %1</translation>
    </message>
    <message>
        <source>Audit job %1 again</source>
        <translation>Auditer de nouveau la tâche %1</translation>
    </message>
    <message>
        <source>Auditing job %1 again…</source>
        <translation>Nouvel audit de la tâche %1…</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>model %1, not used</source>
        <translation>modèle %1, non utilisé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source> Serves: %1.</source>
        <translation> Sert pour : %1.</translation>
    </message>
    <message>
        <source>Pool %1 ready: %2 model(s) trained now, %3 reused, %4 s.</source>
        <translation>Pool %1 prêt : %2 modèle(s) entraîné(s) à l&apos;instant, %3 réutilisé(s), %4 s.</translation>
    </message>
    <message>
        <source>Build cancelled: the models trained so far are kept; Build resumes.</source>
        <translation>Génération annulée : les modèles déjà entraînés sont conservés ; « Générer » reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation>Échec de la génération : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Build %1 reference models</source>
        <translation>Générer %1 modèles de référence</translation>
    </message>
    <message>
        <source>Training %1 reference models…</source>
        <translation>Entraînement de %1 modèles de référence…</translation>
    </message>
</context>
<context>
    <name>lethe::ui::ResultsView</name>
    <message>
        <source>The attack the line below, the ROC, the slices and the comparison of jobs show: the threshold attacks on a per-example statistic, the class-dependent thresholds, and LiRA / RMIA when the audit had a reference pool</source>
        <translation>L&apos;attaque que présentent la ligne ci-dessous, la courbe ROC, les tranches et la comparaison des tâches : les attaques à seuil sur une statistique par exemple, les seuils dépendant de la classe, et LiRA / RMIA lorsque l&apos;audit disposait d&apos;un pool de référence</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>Attack:</source>
        <translation>Attaque :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this plot as PNG or PDF</source>
        <translation>Enregistrer ce graphique au format PNG ou PDF</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>aucun dossier</translation>
    </message>
    <message>
        <source>case %1, subject %2</source>
        <translation>dossier %1, personne %2</translation>
    </message>
    <message>
        <source>job %1: %2, %3 · %4 (%5)</source>
        <translation>tâche %1 : %2, %3 · %4 (%5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job %1&lt;/b&gt; · %2 · %3 · device %4</source>
        <translation>&lt;b&gt;Tâche %1&lt;/b&gt; · %2 · %3 · périphérique %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 record(s) forgotten; model %2 → %3; %4; %5 stale checkpoint(s) deleted; unlearning %6 s (job %7 s)</source>
        <translation>&lt;br&gt;%1 enregistrement(s) oublié(s) ; modèle %2 → %3 ; %4 ; %5 point(s) de contrôle obsolète(s) supprimé(s) ; désapprentissage %6 s (tâche %7 s)</translation>
    </message>
    <message>
        <source>&lt;br&gt;error: %1</source>
        <translation>&lt;br&gt;erreur : %1</translation>
    </message>
    <message>
        <source>AUC %1%2, TPR at 1% FPR %3%4</source>
        <translation>AUC %1%2, TPR à 1 % de FPR %3%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attack:&lt;/b&gt; not in this job&apos;s audits</source>
        <translation>&lt;b&gt;Attaque %1 :&lt;/b&gt; absente des audits de cette tâche</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attack&lt;/b&gt; (forget records against test records; AUC 0.5 = cannot tell): before %2 · after %3</source>
        <translation>&lt;b&gt;Attaque %1&lt;/b&gt; (enregistrements à oublier contre enregistrements de test ; AUC 0.5 = indiscernable) : avant %2 · après %3</translation>
    </message>
    <message>
        <source>not audited</source>
        <translation>non audité</translation>
    </message>
    <message>
        <source>No project is open: open one with File ▸ Open (Ctrl+O), or the demo.</source>
        <translation>Aucun projet n&apos;est ouvert : ouvrez-en un avec Fichier ▸ Ouvrir (Ctrl+O), ou ouvrez la démo.</translation>
    </message>
    <message>
        <source>No forget job for this case yet: fill the basket with its subject&apos;s records and press Start, or use Job ▸ Investigate case.</source>
        <translation>Aucune tâche d&apos;oubli pour ce dossier pour l&apos;instant : remplissez le panier avec les enregistrements de la personne concernée et appuyez sur Lancer, ou utilisez Tâche ▸ Instruire le dossier.</translation>
    </message>
    <message>
        <source>No forget job yet: fill the basket and press Start.</source>
        <translation>Aucune tâche d&apos;oubli pour l&apos;instant : remplissez le panier et appuyez sur Lancer.</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plot written to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss histograms&lt;/b&gt;&lt;p&gt;How surprised the model is by each record (its loss), for the forgotten records and for test records it never saw, and for the retrained reference when there is one. After a good erasure the forgotten records look like test records.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Histogrammes de perte&lt;/b&gt;&lt;p&gt;À quel point le modèle est surpris par chaque enregistrement (sa perte), pour les enregistrements oubliés et pour des enregistrements de test qu&apos;il n&apos;a jamais vus, ainsi que pour la référence réentraînée s&apos;il y en a une. Après un bon effacement, les enregistrements oubliés ressemblent à des enregistrements de test.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Membership-inference ROC&lt;/b&gt;&lt;p&gt;How well the chosen attack tells the forgotten records from test records. The diagonal is guessing; the area under the curve (AUC) near 0.5 means the attack cannot tell them apart. The true-positive rate at a low false-positive rate matters most.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ROC de l&apos;inférence d&apos;appartenance&lt;/b&gt;&lt;p&gt;Dans quelle mesure l&apos;attaque choisie distingue les enregistrements oubliés des enregistrements de test. La diagonale correspond au hasard ; une aire sous la courbe (AUC) proche de 0,5 signifie que l&apos;attaque ne peut pas les distinguer. Le taux de vrais positifs à faible taux de faux positifs compte le plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy&lt;/b&gt;&lt;p&gt;The model&apos;s accuracy on the forgotten, retained and test records, before and after unlearning and, when there is one, for the retrained reference. The bars show 95% intervals (Wilson).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Exactitude&lt;/b&gt;&lt;p&gt;L&apos;exactitude du modèle sur les enregistrements oubliés, conservés et de test, avant et après le désapprentissage et, s&apos;il y en a une, pour la référence réentraînée. Les barres montrent des intervalles à 95 % (Wilson).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-class change&lt;/b&gt;&lt;p&gt;How each class&apos;s accuracy changed through the unlearning, on the forget set, the test set and the retained sample: a drop in one class shows damage beyond the forgotten records.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Évolution par classe&lt;/b&gt;&lt;p&gt;Comment l&apos;exactitude de chaque classe a changé avec le désapprentissage, sur l&apos;ensemble à oublier, l&apos;ensemble de test et l&apos;échantillon conservé : une baisse dans une classe révèle des dégâts au-delà des enregistrements oubliés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobs of the case&lt;/b&gt;&lt;p&gt;Every job run for this case side by side (exact and approximate methods), so the approximate ones can be compared with the exact answer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tâches du dossier&lt;/b&gt;&lt;p&gt;Toutes les tâches exécutées pour ce dossier, côte à côte (méthodes exactes et approchées), afin de comparer les méthodes approchées à la réponse exacte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;&lt;p&gt;The case&apos;s answer and each data subject&apos;s: &lt;b&gt;pass&lt;/b&gt; when the membership test on the forgotten records finds nothing &lt;i&gt;and&lt;/i&gt; the test was strong enough to find a model that still remembers them (its power); &lt;b&gt;fail&lt;/b&gt; when the records still look like training data; &lt;b&gt;inconclusive&lt;/b&gt; when the test could not decide, for example without reference models. Help &amp;gt; User guide, section &quot;Verdict rules&quot;, says how each is decided.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Verdict&lt;/b&gt;&lt;p&gt;La réponse du dossier et celle de chaque personne concernée : &lt;b&gt;réussi&lt;/b&gt; quand le test d&apos;appartenance sur les enregistrements oubliés ne trouve rien &lt;i&gt;et&lt;/i&gt; que le test était assez puissant pour détecter un modèle qui s&apos;en souvient encore (sa puissance) ; &lt;b&gt;échoué&lt;/b&gt; quand les enregistrements ressemblent encore à des données d&apos;entraînement ; &lt;b&gt;non concluant&lt;/b&gt; quand le test n&apos;a pas pu trancher, par exemple sans modèles de référence. Aide &amp;gt; Guide de l&apos;utilisateur, section « Verdict rules », explique comment chacun est décidé.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lethe::ui::RunPanel</name>
    <message>
        <source>Unlearning method &apos;%1&apos;</source>
        <translation>Méthode de désapprentissage « %1 »</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Needs a SISA ensemble.</source>
        <translation>Nécessite un ensemble SISA.</translation>
    </message>
    <message>
        <source>Selection basket</source>
        <translation>Panier de sélection</translation>
    </message>
    <message>
        <source>Case subject</source>
        <translation>Personne du dossier</translation>
    </message>
    <message>
        <source>Fill the basket with every record of the current case&apos;s subject</source>
        <translation>Remplir le panier avec tous les enregistrements de la personne concernée du dossier courant</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Unlearning run</source>
        <translation>Exécution du désapprentissage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The model to forget from; it is never modified: unlearning writes a new version</source>
        <translation>Le modèle dont les enregistrements doivent être oubliés ; il n&apos;est jamais modifié : le désapprentissage en écrit une nouvelle version</translation>
    </message>
    <message>
        <source>Where torch runs the job: the CPU, or one of the CUDA devices torch sees here</source>
        <translation>Où torch exécute la tâche : le CPU, ou l&apos;un des périphériques CUDA que torch détecte ici</translation>
    </message>
    <message>
        <source>Audit before and after</source>
        <translation>Audit avant et après</translation>
    </message>
    <message>
        <source>Accuracy and membership-inference attacks on the model before and after: the plots and the report need it</source>
        <translation>Exactitude et attaques par inférence d&apos;appartenance sur le modèle avant et après : nécessaire aux graphiques et au rapport</translation>
    </message>
    <message>
        <source>Keep the input model&apos;s files</source>
        <translation>Conserver les fichiers du modèle d&apos;entrée</translation>
    </message>
    <message>
        <source>Off (default): the input model&apos;s stale shard files are purged with its checkpoints</source>
        <translation>Désactivé (par défaut) : les fichiers de fragments obsolètes du modèle d&apos;entrée sont purgés avec ses points de contrôle</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Exécuter sur :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>auto (CUDA when present)</source>
        <translation>auto (CUDA si disponible)</translation>
    </message>
    <message>
        <source>The CPU (torch&apos;s intra-op threads)</source>
        <translation>Le CPU (threads intra-opération de torch)</translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation>Périphérique CUDA %1</translation>
    </message>
    <message>
        <source>newest that holds the selection</source>
        <translation>le plus récent contenant la sélection</translation>
    </message>
    <message>
        <source>model %1: %2, %3%4</source>
        <translation>modèle %1 : %2, %3%4</translation>
    </message>
    <message>
        <source>The current case has no subject</source>
        <translation>Le dossier courant n&apos;a pas de personne concernée</translation>
    </message>
    <message>
        <source>Empty: add a subject, a filter or records from the lineage browser</source>
        <translation>Vide : ajoutez une personne, un filtre ou des enregistrements depuis le navigateur de traçabilité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) selected</source>
        <translation>
            <numerusform>%Ln enregistrement sélectionné</numerusform>
            <numerusform>%Ln enregistrements sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>; subjects: %1</source>
        <translation>; personnes : %1</translation>
    </message>
    <message>
        <source>A job is already running</source>
        <translation>Une tâche est déjà en cours</translation>
    </message>
    <message>
        <source>The selection basket is empty</source>
        <translation>Le panier de sélection est vide</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>Non lancée : %1.</translation>
    </message>
    <message>
        <source>Not started: nothing was deleted</source>
        <translation>Non lancée : rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>Done: job %1, %2 record(s) forgotten in %3 s</source>
        <translation>Terminé : tâche %1, %2 enregistrement(s) oublié(s) en %3 s</translation>
    </message>
    <message>
        <source>Cancelled; the input model and its checkpoints are untouched</source>
        <translation>Annulé ; le modèle d&apos;entrée et ses points de contrôle sont intacts</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>Forget %Ln record(s) with %1</source>
        <translation>
            <numerusform>Oublier %Ln enregistrement avec %1</numerusform>
            <numerusform>Oublier %Ln enregistrements avec %1</numerusform>
        </translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>Files will be deleted</source>
        <translation>Des fichiers vont être supprimés</translation>
    </message>
    <message>
        <source>Start the job?</source>
        <translation>Lancer la tâche ?</translation>
    </message>
    <message>
        <source>Do not ask again (Edit ▸ Settings… turns it back on)</source>
        <translation>Ne plus demander (Édition ▸ Paramètres… permet de le réactiver)</translation>
    </message>
    <message>
        <source>cancelling: stops within one batch…</source>
        <translation>annulation : arrêt en moins d&apos;un lot…</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1 : %2 / %3</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <source>, test accuracy %1</source>
        <translation>, précision sur le test %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shard file(s) of model %1</source>
        <translation>
            <numerusform>%Ln fichier de fragment du modèle %1</numerusform>
            <numerusform>%Ln fichiers de fragments du modèle %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the file of model %1</source>
        <translation>le fichier du modèle %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoint(s) of model %1 that saw the records</source>
        <translation>
            <numerusform>%Ln point de contrôle du modèle %1 ayant vu les enregistrements</numerusform>
            <numerusform>%Ln points de contrôle du modèle %1 ayant vu les enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update log(s) that recorded them</source>
        <translation>
            <numerusform>%Ln journal de mises à jour les ayant consignés</numerusform>
            <numerusform>%Ln journaux de mises à jour les ayant consignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference model(s) trained on the records (after the audit)</source>
        <translation>
            <numerusform>%Ln modèle de référence entraîné sur les enregistrements (après l&apos;audit)</numerusform>
            <numerusform>%Ln modèles de référence entraînés sur les enregistrements (après l&apos;audit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be deleted.</source>
        <translation>Rien ne sera supprimé.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The job will delete %1. The lineage keeps their hashes; the files cannot be restored.</source>
        <translation>La tâche supprimera %1. La traçabilité conserve leurs empreintes ; les fichiers ne pourront pas être restaurés.</translation>
    </message>
</context>
<context>
    <name>lethe::ui::SelectionBasket</name>
    <message numerus="yes">
        <source>subject %1: %Ln record(s)</source>
        <translation>
            <numerusform>personne %1 : %Ln enregistrement</numerusform>
            <numerusform>personne %1 : %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln record(s)</source>
        <translation>
            <numerusform>%1 : %Ln enregistrement</numerusform>
            <numerusform>%1 : %Ln enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Ask before a job deletes files</source>
        <translation>Demander avant qu&apos;une tâche supprime des fichiers</translation>
    </message>
    <message>
        <source>Before a forget job starts, list the model files, checkpoints, update logs and reference models it will delete, and wait for a yes</source>
        <translation>Avant le lancement d&apos;une tâche d&apos;oubli, lister les fichiers de modèle, les points de contrôle, les journaux de mises à jour et les modèles de référence qu&apos;elle supprimera, et attendre une confirmation</translation>
    </message>
    <message>
        <source>Deadline rule for new cases</source>
        <translation>Règle d&apos;échéance pour les nouveaux dossiers</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <source>Answer within:</source>
        <translation>Répondre sous :</translation>
    </message>
    <message>
        <source>Extension of at most:</source>
        <translation>Prolongation maximale :</translation>
    </message>
    <message>
        <source>Applies to cases received from now on; a case keeps the deadline it was given.</source>
        <translation>S&apos;applique aux dossiers reçus à partir de maintenant ; un dossier conserve l&apos;échéance qui lui a été attribuée.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>The workbench&apos;s</source>
        <translation>Celle de l&apos;atelier</translation>
    </message>
    <message>
        <source>Workbench:</source>
        <translation>Atelier :</translation>
    </message>
    <message>
        <source>PDF reports:</source>
        <translation>Rapports PDF :</translation>
    </message>
    <message>
        <source>The workbench&apos;s language changes when it starts again.</source>
        <translation>La langue de l&apos;atelier change au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>lethe::ui::SubjectListModel</name>
    <message numerus="yes">
        <source>Subject %1 owns %Ln record(s)</source>
        <translation>
            <numerusform>La personne concernée %1 possède %Ln enregistrement</numerusform>
            <numerusform>La personne concernée %1 possède %Ln enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ui::VerdictPanel</name>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <source>Hover a finding for its technical detail</source>
        <translation>Survolez un constat pour afficher son détail technique</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>n records</source>
        <translation>n enregistrements</translation>
    </message>
    <message>
        <source>z (Stouffer)</source>
        <translation>z (Stouffer)</translation>
    </message>
    <message>
        <source>z 95% interval</source>
        <translation>intervalle à 95 % de z</translation>
    </message>
    <message>
        <source>p (one-sided)</source>
        <translation>p (unilatéral)</translation>
    </message>
    <message>
        <source>power z</source>
        <translation>z de puissance</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>Percentile bootstrap over the subject&apos;s records (seeded); none with fewer than 5 records</source>
        <translation>Bootstrap par percentiles sur les enregistrements de la personne concernée (avec graine) ; aucun en dessous de 5 enregistrements</translation>
    </message>
    <message>
        <source>Evidence that the audited model still treats the subject&apos;s records as members; about N(0, 1) when forgotten</source>
        <translation>Indique dans quelle mesure le modèle audité traite encore les enregistrements de la personne concernée comme des membres ; environ N(0, 1) en cas d&apos;oubli</translation>
    </message>
    <message>
        <source>The same z for a model that remembers the subject: how strong the test is</source>
        <translation>Le même z pour un modèle qui se souvient de la personne concernée : la puissance du test</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>dossier entier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-subject test of this job:&lt;/b&gt; none stored (no forget records with subjects, or an audit from before per-subject verdicts)</source>
        <translation>&lt;b&gt;Test par personne de cette tâche :&lt;/b&gt; aucun enregistré (aucun enregistrement à oublier lié à une personne, ou audit antérieur aux verdicts par personne)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-subject test of this job:&lt;/b&gt; no after-audit</source>
        <translation>&lt;b&gt;Test par personne de cette tâche :&lt;/b&gt; aucun audit final</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-subject test of this job: &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3 subject(s): %4 pass, %5 fail, %6 inconclusive&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;Test par personne de cette tâche : &lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;&lt;/b&gt; · %3 personne(s) : réussite %4, échec %5, non concluant %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(aucune personne concernée)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Reasons&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Raisons&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Preuves&lt;/b&gt;&lt;br&gt;</translation>
    </message>
</context>
</TS>
