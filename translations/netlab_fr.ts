<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>netlab::AcceptThrottle</name>
    <message>
        <source>out of file descriptors (the limit is %1): new connections wait until a client leaves</source>
        <translation>plus de descripteurs de fichiers (la limite est %1) : les nouvelles connexions attendent qu&apos;un client parte</translation>
    </message>
    <message>
        <source>out of file descriptors: new connections wait until a client leaves</source>
        <translation>plus de descripteurs de fichiers : les nouvelles connexions attendent qu&apos;un client parte</translation>
    </message>
</context>
<context>
    <name>netlab::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barre de défilement verticale</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barre de défilement horizontale</translation>
    </message>
</context>
<context>
    <name>netlab::AgentClient</name>
    <message>
        <source>the agent has sent nothing for %1 s</source>
        <translation>l&apos;agent n&apos;a rien envoyé depuis %1 s</translation>
    </message>
    <message>
        <source>no agent address</source>
        <translation>pas d&apos;adresse d&apos;agent</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a netlab agent</source>
        <translation>%1 répond, mais ce n&apos;est pas un agent netlab</translation>
    </message>
    <message>
        <source>the agent ended the stream</source>
        <translation>l&apos;agent a terminé le flux</translation>
    </message>
    <message>
        <source>%1 answers, but not with a list of readings</source>
        <translation>%1 répond, mais pas avec une liste de mesures</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation>%1 a répondu HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
</context>
<context>
    <name>netlab::AgentConfig</name>
    <message>
        <source>port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>le port doit être un nombre de 0 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>netlab-agent — reads the DHT11 on a Raspberry Pi, drives its LED, stores the readings in SQLite and serves them over HTTP (API under /api/v1, live page at /).

Pins are BCM GPIO numbers (&quot;4&quot;, &quot;GPIO4&quot;) or physical header pins (&quot;pin7&quot;):
</source>
        <translation>netlab-agent — lit le DHT11 d&apos;un Raspberry Pi, pilote sa LED, enregistre les mesures dans SQLite et les sert en HTTP (API sous /api/v1, page en direct sur /).

Les broches sont des numéros GPIO BCM (« 4 », « GPIO4 ») ou des broches physiques du connecteur (« pin7 ») :
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Read settings from this INI file (the command line wins).</source>
        <translation>Lire les réglages dans ce fichier INI (la ligne de commande l&apos;emporte).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Address to listen on (default 0.0.0.0: every interface).</source>
        <translation>Adresse d&apos;écoute (par défaut 0.0.0.0 : toutes les interfaces).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>HTTP port (default 8750; 0: any free port).</source>
        <translation>Port HTTP (par défaut 8750 ; 0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Sensor access: iio (kernel driver, default), gpiod (pulse timing), simulated.</source>
        <translation>Accès au capteur : iio (pilote du noyau, par défaut), gpiod (mesure des impulsions), simulated (simulé).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Simulated sensor and LED, for machines without them (same as --backend simulated).</source>
        <translation>Capteur et LED simulés, pour les machines qui n&apos;en ont pas (comme --backend simulated).</translation>
    </message>
    <message>
        <source>Sensor model: dht11 (default) or dht22.</source>
        <translation>Modèle du capteur : dht11 (par défaut) ou dht22.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>GPIO of the sensor&apos;s data line (default GPIO4, physical pin 7).</source>
        <translation>GPIO de la ligne de données du capteur (par défaut GPIO4, broche physique 7).</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>broche</translation>
    </message>
    <message>
        <source>GPIO of the LED (default GPIO13, physical pin 33; &quot;none&quot;: no LED).</source>
        <translation>GPIO de la LED (par défaut GPIO13, broche physique 33 ; « none » : pas de LED).</translation>
    </message>
    <message>
        <source>Seconds between readings (default 2; never below the sensor&apos;s minimum).</source>
        <translation>Secondes entre deux mesures (par défaut 2 ; jamais moins que le minimum du capteur).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Where the IIO devices are (default /sys/bus/iio/devices).</source>
        <translation>Emplacement des périphériques IIO (par défaut /sys/bus/iio/devices).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Directory of the database and the LED token (default %1).</source>
        <translation>Dossier de la base de données et du jeton de la LED (par défaut %1).</translation>
    </message>
    <message>
        <source>Delete readings older than this many days (default 30; 0 keeps all).</source>
        <translation>Supprimer les mesures de plus de ce nombre de jours (par défaut 30 ; 0 garde tout).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Also run the course&apos;s classic LED server (TCP, lines &quot;on&quot;/&quot;off&quot;) on this port, e.g. 1234 (default: off).</source>
        <translation>Lancer aussi le serveur LED classique du cours (TCP, lignes « on »/« off ») sur ce port, par ex. 1234 (par défaut : non).</translation>
    </message>
    <message>
        <source>Seed of the simulated sensor (default: random).</source>
        <translation>Graine du capteur simulé (par défaut : aléatoire).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Share of simulated reads that fail, 0..1 (default 0).</source>
        <translation>Part des lectures simulées qui échouent, 0..1 (par défaut 0).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>Tests only: the simulated sensor&apos;s minimum interval.</source>
        <translation>Tests seulement : l&apos;intervalle minimal du capteur simulé.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>netlab-agent: %1 (see netlab-agent --help)</source>
        <translation>netlab-agent : %1 (voir netlab-agent --help)</translation>
    </message>
    <message>
        <source>one command at most, got: %1</source>
        <translation>une commande au plus, reçu : %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>cannot read the config file %1</source>
        <translation>impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation>%1 : fichier INI non valide</translation>
    </message>
    <message>
        <source>bind: &quot;%1&quot; is not an IP address</source>
        <translation>bind : « %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>backend must be iio, gpiod or simulated, not &quot;%1&quot;</source>
        <translation>le backend doit être iio, gpiod ou simulated, pas « %1 »</translation>
    </message>
    <message>
        <source>model must be dht11 or dht22, not &quot;%1&quot;</source>
        <translation>le modèle doit être dht11 ou dht22, pas « %1 »</translation>
    </message>
    <message>
        <source>sensor pin</source>
        <translation>broche du capteur</translation>
    </message>
    <message>
        <source>LED pin</source>
        <translation>broche de la LED</translation>
    </message>
    <message>
        <source>the sensor and the LED cannot share GPIO%1</source>
        <translation>le capteur et la LED ne peuvent pas partager GPIO%1</translation>
    </message>
    <message>
        <source>interval must be a number of seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>l&apos;intervalle doit être un nombre de secondes de 0 à 86400, pas « %1 »</translation>
    </message>
    <message>
        <source>retention must be a number of days from 0 to 36500, not &quot;%1&quot;</source>
        <translation>la rétention doit être un nombre de jours de 0 à 36500, pas « %1 »</translation>
    </message>
    <message>
        <source>sim-seed must be a number</source>
        <translation>sim-seed doit être un nombre</translation>
    </message>
    <message>
        <source>sim-failure-rate must be between 0 and 1</source>
        <translation>sim-failure-rate doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>sim-min-interval-ms must be a number of milliseconds</source>
        <translation>sim-min-interval-ms doit être un nombre de millisecondes</translation>
    </message>
    <message>
        <source>&quot;read&quot;: print one reading like the course&apos;s script and exit. Default: serve.
&quot;token&quot;: print the LED token (root and the agent&apos;s user only; --rotate: make a new one, which the running agent uses at once).
&quot;record-edges [--count N] FILE&quot;: on the Pi, save the sensor&apos;s answers as edges (field debugging; netlab-agent record-edges --help).
&quot;decode-edges FILE [--model dht11|dht22] [--json]&quot;: decode a saved capture, anywhere (netlab-agent decode-edges --help). These come first on the line.</source>
        <translation>&quot;read&quot; : affiche un relevé comme le script du cours puis quitte. Par défaut : serve.
&quot;token&quot; : affiche le jeton LED (root et l’utilisateur de l’agent seulement ; --rotate : en crée un nouveau, que l’agent en marche utilise aussitôt).
&quot;record-edges [--count N] FILE&quot; : sur le Pi, enregistre les réponses du capteur sous forme de fronts (débogage sur le terrain ; netlab-agent record-edges --help).
&quot;decode-edges FILE [--model dht11|dht22] [--json]&quot; : décode une capture enregistrée, n’importe où (netlab-agent decode-edges --help). Ces commandes viennent en premier sur la ligne.</translation>
    </message>
    <message>
        <source>Address of the LED server (default 127.0.0.1: this machine only).</source>
        <translation>Adresse du serveur LED (par défaut 127.0.0.1 : cette machine seulement).</translation>
    </message>
    <message>
        <source>The LED server takes &quot;on&quot;/&quot;off&quot; without a &quot;token &lt;T&gt;&quot; line first (the course&apos;s exact exercise; anyone who reaches the port can switch the LED).</source>
        <translation>Le serveur LED accepte &quot;on&quot;/&quot;off&quot; sans ligne &quot;token &lt;T&gt;&quot; préalable (l’exercice exact du cours ; quiconque atteint le port peut commuter la LED).</translation>
    </message>
    <message>
        <source>With &quot;token&quot;: replace the token with a new one.</source>
        <translation>Avec &quot;token&quot; : remplace le jeton par un nouveau.</translation>
    </message>
    <message>
        <source>Tests only: the database may not grow, as on a full disk.</source>
        <translation>Tests uniquement : la base de données ne peut pas grossir, comme sur un disque plein.</translation>
    </message>
    <message>
        <source>--rotate goes with the command &quot;token&quot;</source>
        <translation>--rotate va avec la commande &quot;token&quot;</translation>
    </message>
    <message>
        <source>led-server-bind must be an IP address, not &quot;%1&quot;</source>
        <translation>led-server-bind doit être une adresse IP, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mqtt-broker: &quot;%1&quot; lacks the closing ]</source>
        <translation>mqtt-broker : il manque le ] fermant à « %1 »</translation>
    </message>
    <message>
        <source>mqtt-broker: &quot;%1&quot; is not HOST[:PORT]</source>
        <translation>mqtt-broker : « %1 » n’est pas de la forme HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>mqtt-broker: the port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>mqtt-broker : le port doit être un nombre de 1 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>Publish every reading to this MQTT broker (port 1883 unless given) as netlab/&lt;id&gt;/dht, with netlab/&lt;id&gt;/status online/offline; readings taken while it cannot be reached are sent when it can (default: no MQTT).</source>
        <translation>Publier chaque mesure sur ce broker MQTT (port 1883 sauf indication) en netlab/&lt;id&gt;/dht, avec netlab/&lt;id&gt;/status online/offline ; les mesures prises tant qu’il est injoignable lui sont envoyées dès qu’il répond (par défaut : pas de MQTT).</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>hôte[:port]</translation>
    </message>
    <message>
        <source>The agent&apos;s name in the MQTT topics (default: the host name, %1).</source>
        <translation>Le nom de l’agent dans les topics MQTT (par défaut : le nom de la machine, %1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>User name at the broker (the password goes in the config file: [mqtt] password=).</source>
        <translation>Nom d’utilisateur auprès du broker (le mot de passe va dans le fichier de configuration : [mqtt] password=).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Connect to the broker over TLS (usually port 8883).</source>
        <translation>Se connecter au broker en TLS (en général port 8883).</translation>
    </message>
    <message>
        <source>With TLS: the broker&apos;s CA certificate, PEM (default: the system&apos;s CAs); implies --mqtt-tls.</source>
        <translation>Avec TLS : le certificat de l’autorité (CA) du broker, en PEM (par défaut : les CA du système) ; implique --mqtt-tls.</translation>
    </message>
    <message>
        <source>mqtt-id must be one topic level, without &apos;/&apos;, &apos;+&apos; or &apos;#&apos;, not &quot;%1&quot;</source>
        <translation>mqtt-id doit être un seul niveau de topic, sans « / », « + » ni « # », pas « %1 »</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>impossible de lire le fichier de CA %1</translation>
    </message>
</context>
<context>
    <name>netlab::AgentMqtt</name>
    <message>
        <source>MQTT %1: %2</source>
        <translation>MQTT %1 : %2</translation>
    </message>
    <message>
        <source>MQTT: the settings cannot work</source>
        <translation>MQTT : ces réglages ne peuvent pas fonctionner</translation>
    </message>
    <message>
        <source>MQTT: publishing to %1 as %2/dht, from reading %3 on</source>
        <translation>MQTT : publication vers %1 en %2/dht, à partir de la mesure %3</translation>
    </message>
    <message>
        <source>MQTT: connected to %1</source>
        <translation>MQTT : connecté à %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>bad command</source>
        <translation>commande incorrecte</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>plus long que %1 octets</translation>
    </message>
    <message>
        <source>%1; send {&quot;on&quot;: true, &quot;token&quot;: &quot;&lt;token&gt;&quot;}</source>
        <translation>%1 ; envoyez {&quot;on&quot;: true, &quot;token&quot;: &quot;&lt;jeton&gt;&quot;}</translation>
    </message>
    <message>
        <source>%1 wrong tokens within a minute: LED commands are ignored for the rest of it</source>
        <translation>%1 jetons erronés en une minute : les commandes de la LED sont ignorées jusqu’à la fin de celle-ci</translation>
    </message>
    <message>
        <source>on the agent&apos;s machine, `sudo netlab-agent token` shows it</source>
        <translation>sur la machine de l’agent, `sudo netlab-agent token` l’affiche</translation>
    </message>
    <message>
        <source>token required</source>
        <translation>jeton requis</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>jeton erroné</translation>
    </message>
    <message>
        <source>the LED cannot be switched</source>
        <translation>la LED ne peut pas être commutée</translation>
    </message>
    <message>
        <source>MQTT LED command refused: %1 (%2)</source>
        <translation>commande MQTT de la LED refusée : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>netlab::AgentRequest</name>
    <message>
        <source>the query string is too long</source>
        <translation>la chaîne de requête est trop longue</translation>
    </message>
    <message>
        <source>since must be a time in Unix milliseconds (0 or more), not &quot;%1&quot;</source>
        <translation>since doit être un instant en millisecondes Unix (0 ou plus), pas « %1 »</translation>
    </message>
    <message>
        <source>limit must be a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>limit doit être un nombre de 1 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>the body is too long for {&quot;on&quot;: true}</source>
        <translation>le corps est trop long pour {&quot;on&quot;: true}</translation>
    </message>
    <message>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>le corps n&apos;est pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object like {&quot;on&quot;: true}</source>
        <translation>le corps doit être un objet JSON comme {&quot;on&quot;: true}</translation>
    </message>
    <message>
        <source>&quot;on&quot; must be true or false</source>
        <translation>« on » doit valoir true ou false</translation>
    </message>
    <message>
        <source>since_seq must be a sequence number (0 or more), not &quot;%1&quot;</source>
        <translation>since_seq doit être un numéro de séquence (0 ou plus), pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; (known: since_seq, since, limit)</source>
        <translation>paramètre inconnu &quot;%1&quot; (connus : since_seq, since, limit)</translation>
    </message>
    <message>
        <source>give since_seq or since, not both</source>
        <translation>indiquez since_seq ou since, pas les deux</translation>
    </message>
</context>
<context>
    <name>netlab::AgentService</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>sensor: %1</source>
        <translation>capteur : %1</translation>
    </message>
    <message>
        <source>LED unavailable: %1</source>
        <translation>LED indisponible : %1</translation>
    </message>
    <message>
        <source>no LED configured</source>
        <translation>aucune LED configurée</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2</source>
        <translation>impossible d&apos;écouter sur %1 port %2</translation>
    </message>
    <message>
        <source>no LED</source>
        <translation>pas de LED</translation>
    </message>
    <message>
        <source>LED %1</source>
        <translation>LED %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>allumée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <source>the page is missing from this build</source>
        <translation>la page manque dans cette version</translation>
    </message>
    <message>
        <source>no such resource: %1</source>
        <translation>ressource inconnue : %1</translation>
    </message>
    <message>
        <source>the API is under /api/v1: info, health, readings, readings/stream, led</source>
        <translation>l&apos;API est sous /api/v1 : info, health, readings, readings/stream, led</translation>
    </message>
    <message>
        <source>bad query</source>
        <translation>requête incorrecte</translation>
    </message>
    <message>
        <source>too many stream clients</source>
        <translation>trop de clients du flux</translation>
    </message>
    <message>
        <source>at most %1 clients may follow the stream at once</source>
        <translation>au plus %1 clients peuvent suivre le flux en même temps</translation>
    </message>
    <message>
        <source>too many wrong tokens</source>
        <translation>trop de jetons erronés</translation>
    </message>
    <message>
        <source>%1 wrong tokens from %2 within a minute; try again later</source>
        <translation>%1 jetons erronés depuis %2 en une minute ; réessayez plus tard</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>jeton erroné</translation>
    </message>
    <message>
        <source>token required</source>
        <translation>jeton requis</translation>
    </message>
    <message>
        <source>bad request body</source>
        <translation>corps de requête incorrect</translation>
    </message>
    <message>
        <source>the LED cannot be switched</source>
        <translation>la LED ne peut pas être commutée</translation>
    </message>
    <message>
        <source>storage: writing works again; the readings kept in memory are stored</source>
        <translation>stockage : l&apos;écriture fonctionne de nouveau ; les mesures gardées en mémoire sont enregistrées</translation>
    </message>
    <message>
        <source>sensor: %1 failed reads in a row, the last: %2</source>
        <translation>capteur : %1 échecs de lecture d&apos;affilée, le dernier : %2</translation>
    </message>
    <message numerus="yes">
        <source>retention: removed %n old reading(s)</source>
        <translation>
            <numerusform>rétention : %n ancienne mesure supprimée</numerusform>
            <numerusform>rétention : %n anciennes mesures supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>the data directory %1 is open to other users; chmod 700 it</source>
        <translation>le répertoire de données %1 est ouvert aux autres utilisateurs ; faites chmod 700 dessus</translation>
    </message>
    <message numerus="yes">
        <source>storage: %n reading(s) could not be written before exit</source>
        <translation>
            <numerusform>stockage : %n relevé n’a pas pu être écrit avant la sortie</numerusform>
            <numerusform>stockage : %n relevés n’ont pas pu être écrits avant la sortie</numerusform>
        </translation>
    </message>
    <message>
        <source>only PUT /api/v1/led takes a request body</source>
        <translation>seul PUT /api/v1/led accepte un corps de requête</translation>
    </message>
    <message>
        <source>at most %1 clients from one address may follow the stream at once</source>
        <translation>au plus %1 clients d’une même adresse peuvent suivre le flux en même temps</translation>
    </message>
    <message>
        <source>the LED token was replaced</source>
        <translation>le jeton LED a été remplacé</translation>
    </message>
    <message>
        <source>the token does not match the agent&apos;s; on the agent&apos;s machine, `sudo netlab-agent token` shows it</source>
        <translation>le jeton ne correspond pas à celui de l’agent ; sur la machine de l’agent, `sudo netlab-agent token` l’affiche</translation>
    </message>
    <message>
        <source>send the header &quot;Authorization: Bearer &lt;token&gt;&quot;; on the agent&apos;s machine, `sudo netlab-agent token` shows the token</source>
        <translation>envoyez l’en-tête &quot;Authorization: Bearer &lt;token&gt;&quot; ; sur la machine de l’agent, `sudo netlab-agent token` affiche le jeton</translation>
    </message>
    <message>
        <source>the LED server is open (--led-server-open): anyone who reaches port %1 can switch the LED without a token</source>
        <translation>le serveur LED est ouvert (--led-server-open) : quiconque atteint le port %1 peut commuter la LED sans jeton</translation>
    </message>
</context>
<context>
    <name>netlab::AgentToken</name>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>impossible de lire le fichier du jeton %1 : %2</translation>
    </message>
    <message>
        <source>the token file %1 is empty or too short; delete it to get a new token</source>
        <translation>le fichier du jeton %1 est vide ou trop court ; supprimez-le pour obtenir un nouveau jeton</translation>
    </message>
    <message>
        <source>cannot create the token file %1: %2</source>
        <translation>impossible de créer le fichier du jeton %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the token file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier du jeton %1 : %2</translation>
    </message>
    <message>
        <source>there is no token in %1 yet: the agent creates it at its first start</source>
        <translation>il n’y a pas encore de jeton dans %1 : l’agent le crée à son premier démarrage</translation>
    </message>
    <message>
        <source>cannot read the token file %1: permission denied. Only root and the agent&apos;s user may read it: run `sudo netlab-agent token`</source>
        <translation>impossible de lire le fichier de jeton %1 : permission refusée. Seuls root et l’utilisateur de l’agent peuvent le lire : lancez `sudo netlab-agent token`</translation>
    </message>
    <message>
        <source>the token file %1 is empty or too short; run `netlab-agent token --rotate`</source>
        <translation>le fichier de jeton %1 est vide ou trop court ; lancez `netlab-agent token --rotate`</translation>
    </message>
    <message>
        <source>cannot replace the token file %1: permission denied. Only root and the agent&apos;s user may: run `sudo netlab-agent token --rotate`</source>
        <translation>impossible de remplacer le fichier de jeton %1 : permission refusée. Seuls root et l’utilisateur de l’agent le peuvent : lancez `sudo netlab-agent token --rotate`</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot give %1 to the agent&apos;s user: %2</source>
        <translation>impossible de donner %1 à l’utilisateur de l’agent : %2</translation>
    </message>
</context>
<context>
    <name>netlab::BindAddressCombo</name>
    <message>
        <source>Any address, IPv4 and IPv6 (0.0.0.0 and ::)</source>
        <translation>Toute adresse, IPv4 et IPv6 (0.0.0.0 et ::)</translation>
    </message>
    <message>
        <source>Any IPv4 address (0.0.0.0)</source>
        <translation>Toute adresse IPv4 (0.0.0.0)</translation>
    </message>
    <message>
        <source>Any IPv6 address (::)</source>
        <translation>Toute adresse IPv6 (::)</translation>
    </message>
    <message>
        <source>This machine only (127.0.0.1)</source>
        <translation>Cette machine (127.0.0.1)</translation>
    </message>
    <message>
        <source>This machine only, IPv6 (::1)</source>
        <translation>Cette machine, IPv6 (::1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Broadcast %1</source>
        <translation>Diffusion %1</translation>
    </message>
    <message>
        <source>Broadcast %1 (%2)</source>
        <translation>Diffusion %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: choose one from the list or type one such as 127.0.0.1 or ::1</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IP : choisissez-en une dans la liste ou tapez-en une comme 127.0.0.1 ou ::1</translation>
    </message>
</context>
<context>
    <name>netlab::ChatDiscovery</name>
    <message>
        <source>Cannot look for classmates: %1</source>
        <translation>Impossible de chercher des camarades : %1</translation>
    </message>
    <message>
        <source>Cannot announce this chat to %1: %2</source>
        <translation>Impossible d&apos;annoncer ce chat à %1 : %2</translation>
    </message>
</context>
<context>
    <name>netlab::ChatHistory</name>
    <message>
        <source>cannot write the chat history %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;historique du chat %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the chat history folder %1</source>
        <translation>impossible de créer le dossier d&apos;historique du chat %1</translation>
    </message>
    <message>
        <source>cannot rewrite the chat history %1: %2</source>
        <translation>impossible de réécrire l&apos;historique du chat %1 : %2</translation>
    </message>
</context>
<context>
    <name>netlab::ChatPeer</name>
    <message>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>* %1 joined</source>
        <translation>* %1 a rejoint</translation>
    </message>
    <message>
        <source>* %1 left</source>
        <translation>* %1 est parti</translation>
    </message>
    <message>
        <source>%1 does not read what is sent (more than %2 MiB waiting): disconnected</source>
        <translation>%1 ne lit pas ce qu&apos;on lui envoie (plus de %2 Mio en attente) : déconnecté</translation>
    </message>
    <message>
        <source>you left</source>
        <translation>vous êtes parti</translation>
    </message>
    <message>
        <source>connection aborted</source>
        <translation>connexion interrompue</translation>
    </message>
</context>
<context>
    <name>netlab::ChatProtocol</name>
    <message>
        <source>a line longer than %1 bytes was refused</source>
        <translation>une ligne de plus de %1 octets a été refusée</translation>
    </message>
    <message>
        <source>not a valid JSON line (%1 at character %2)</source>
        <translation>ligne JSON non valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>a JSON line that is not an object</source>
        <translation>une ligne JSON qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>a JSON object without a &quot;type&quot;</source>
        <translation>un objet JSON sans &quot;type&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;version&quot; is not a string</source>
        <translation>&quot;version&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string of at most %1 characters</source>
        <translation>&quot;id&quot; est absent ou n&apos;est pas une chaîne d&apos;au plus %1 caractères</translation>
    </message>
    <message>
        <source>a message without a &quot;text&quot; string</source>
        <translation>un message sans chaîne &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a nickname</source>
        <translation>&quot;%1&quot; sans pseudo</translation>
    </message>
    <message>
        <source>&quot;reason&quot; is not a string</source>
        <translation>&quot;reason&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>type de message inconnu &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) shown as �</source>
        <translation>
            <numerusform>%n séquence UTF-8 non valide affichée comme �</numerusform>
            <numerusform>%n séquences UTF-8 non valides affichées comme �</numerusform>
        </translation>
    </message>
    <message>
        <source>NetLab chat hosted by %1: type a line and press Enter to talk.</source>
        <translation>Chat NetLab hébergé par %1 : tapez une ligne et appuyez sur Entrée pour parler.</translation>
    </message>
</context>
<context>
    <name>netlab::ChatSession</name>
    <message>
        <source>Could not join %1: no answer after %2 seconds</source>
        <translation>Impossible de rejoindre %1 : pas de réponse après %2 secondes</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>Leave the current chat first.</source>
        <translation>Quittez d&apos;abord le chat en cours.</translation>
    </message>
    <message>
        <source>Cannot host the chat: %1</source>
        <translation>Impossible d&apos;héberger le chat : %1</translation>
    </message>
    <message>
        <source>You host a chat on port %1: classmates join with the workbench, or with nc &lt;your address&gt; %1</source>
        <translation>Vous hébergez un chat sur le port %1 : les camarades le rejoignent avec le workbench, ou avec nc &lt;votre adresse&gt; %1</translation>
    </message>
    <message>
        <source>Give a host and a port to join.</source>
        <translation>Indiquez un hôte et un port à rejoindre.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre : %1</translation>
    </message>
    <message>
        <source>You cancelled joining %1</source>
        <translation>Vous avez annulé la connexion à %1</translation>
    </message>
    <message>
        <source>You closed the chat</source>
        <translation>Vous avez fermé le chat</translation>
    </message>
    <message>
        <source>You left the chat</source>
        <translation>Vous avez quitté le chat</translation>
    </message>
    <message>
        <source>Refused a connection from %1: the chat is full (%2 people)</source>
        <translation>Connexion de %1 refusée : le chat est plein (%2 personnes)</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 a rejoint le chat</translation>
    </message>
    <message>
        <source>%1 joined (plain text, like nc)</source>
        <translation>%1 a rejoint le chat (texte brut, comme nc)</translation>
    </message>
    <message>
        <source>The host speaks plain text (nc or a script): plain mode</source>
        <translation>L&apos;hôte parle en texte brut (nc ou un script) : mode texte brut</translation>
    </message>
    <message>
        <source>%1 hosts this chat</source>
        <translation>%1 héberge ce chat</translation>
    </message>
    <message>
        <source>shown as received, not understood: %1</source>
        <translation>affiché tel que reçu, non compris : %1</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De %1 : %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue : %1</translation>
    </message>
    <message>
        <source>%1 — reconnect to continue</source>
        <translation>%1 — reconnectez-vous pour continuer</translation>
    </message>
    <message>
        <source>Nothing to send: the message is empty.</source>
        <translation>Rien à envoyer : le message est vide.</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2): it stays in the input.</source>
        <translation>Le message est trop long (%1 caractères ; au plus %2) : il reste dans la zone de saisie.</translation>
    </message>
    <message>
        <source>Not in a chat: host or join one first; the message stays in the input.</source>
        <translation>Pas dans un chat : hébergez-en un ou rejoignez-en un d&apos;abord ; le message reste dans la zone de saisie.</translation>
    </message>
    <message>
        <source>Still joining the chat: the message stays in the input.</source>
        <translation>Connexion au chat en cours : le message reste dans la zone de saisie.</translation>
    </message>
    <message>
        <source>Nobody has joined your chat yet: the message stays in the input.</source>
        <translation>Personne n&apos;a encore rejoint votre chat : le message reste dans la zone de saisie.</translation>
    </message>
    <message>
        <source>The connection is closed: the message stays in the input.</source>
        <translation>La connexion est fermée : le message reste dans la zone de saisie.</translation>
    </message>
    <message>
        <source>The message could not be sent: it stays in the input.</source>
        <translation>Le message n&apos;a pas pu être envoyé : il reste dans la zone de saisie.</translation>
    </message>
    <message>
        <source>Closed %1: connected for %2 s without a word; the chat was full and someone else is joining</source>
        <translation>%1 fermé : connecté depuis %2 s sans un mot ; le chat était plein et quelqu’un d’autre arrive</translation>
    </message>
</context>
<context>
    <name>netlab::ChatTab</name>
    <message>
        <source>The name the others see</source>
        <translation>Le nom que voient les autres</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <source>Plain te&amp;xt (nc, Python script)</source>
        <translation>Te&amp;xte brut (nc, script Python)</translation>
    </message>
    <message>
        <source>Send and read plain UTF-8 lines only, without the workbench&apos;s JSON (no delivery ticks). Needed to join `nc -l`; a hosted chat understands nc users either way.</source>
        <translation>N&apos;envoyer et ne lire que des lignes UTF-8 en texte brut, sans le JSON du workbench (pas de coches de remise). Nécessaire pour rejoindre `nc -l` ; un chat hébergé comprend de toute façon les utilisateurs de nc.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Hostin&amp;g port:</source>
        <translation>Port d&apos;hé&amp;bergement :</translation>
    </message>
    <message>
        <source>H&amp;ost a chat</source>
        <translation>H&amp;éberger un chat</translation>
    </message>
    <message>
        <source>Host a chat</source>
        <translation>Héberger un chat</translation>
    </message>
    <message>
        <source>Listen for classmates on this port (they join with the workbench, netlab chat, or nc)</source>
        <translation>Écouter les camarades sur ce port (ils rejoignent avec le workbench, netlab chat ou nc)</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <source>Join the chat</source>
        <translation>Rejoindre le chat</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave the chat</source>
        <translation>Quitter le chat</translation>
    </message>
    <message>
        <source>Say goodbye and close the chat (Ctrl+K)</source>
        <translation>Dire au revoir et fermer le chat (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Join (or host) the same chat again</source>
        <translation>Rejoindre (ou héberger) à nouveau le même chat</translation>
    </message>
    <message>
        <source>Classmates on the LAN</source>
        <translation>Camarades sur le réseau local</translation>
    </message>
    <message>
        <source>Classmates whose workbench announces itself on the LAN; double-click one who hosts a chat to join it</source>
        <translation>Camarades dont le workbench s&apos;annonce sur le réseau local ; double-cliquez sur quelqu&apos;un qui héberge un chat pour le rejoindre</translation>
    </message>
    <message>
        <source>Cl&amp;assmates on the LAN:</source>
        <translation>C&amp;amarades sur le réseau local :</translation>
    </message>
    <message>
        <source>In this chat</source>
        <translation>Dans ce chat</translation>
    </message>
    <message>
        <source>In this cha&amp;t:</source>
        <translation>Dans ce cha&amp;t :</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Tapez un message — Entrée envoie, Maj+Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>%1 — press Reconnect to continue.</source>
        <translation>%1 — appuyez sur Reconnecter pour continuer.</translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation>Chat (%1)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Hosting on port %1</source>
        <translation>Hébergé sur le port %1</translation>
    </message>
    <message>
        <source>%1 does not host a chat: ask them to, or host one yourself.</source>
        <translation>%1 n&apos;héberge pas de chat : demandez-lui d&apos;en héberger un, ou hébergez-en un vous-même.</translation>
    </message>
    <message>
        <source>Leave the current chat first to join %1.</source>
        <translation>Quittez d&apos;abord le chat en cours pour rejoindre %1.</translation>
    </message>
    <message>
        <source>Save the conversation</source>
        <translation>Enregistrer la conversation</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Conversation saved to %1</source>
        <translation>Conversation enregistrée dans %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Not in a chat: host one, or join a classmate&apos;s.</source>
        <translation>Pas dans un chat : hébergez-en un, ou rejoignez celui d&apos;un camarade.</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>In the chat at %1</source>
        <translation>Dans le chat sur %1</translation>
    </message>
    <message>
        <source>Hosting on port %1: waiting for classmates</source>
        <translation>Hébergé sur le port %1 : en attente de camarades</translation>
    </message>
    <message numerus="yes">
        <source>Hosting on port %1: %n classmate(s) here</source>
        <translation>
            <numerusform>Hébergé sur le port %1 : %n camarade présent</numerusform>
            <numerusform>Hébergé sur le port %1 : %n camarades présents</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Sent as plain text: plain peers cannot confirm that they saw it</source>
        <translation>Envoyé en texte brut : les pairs en texte brut ne peuvent pas confirmer l&apos;avoir vu</translation>
    </message>
    <message>
        <source>Sent; waiting for the other workbench to show it</source>
        <translation>Envoyé ; en attente de l&apos;affichage par l&apos;autre workbench</translation>
    </message>
    <message>
        <source>Delivered: shown on the other side</source>
        <translation>Remis : affiché de l&apos;autre côté</translation>
    </message>
    <message>
        <source>Not delivered: the connection ended before the other side showed it</source>
        <translation>Non remis : la connexion s&apos;est terminée avant que l&apos;autre côté ne l&apos;affiche</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d&apos;écrire…</translation>
    </message>
    <message>
        <source>%1 — hosts a chat at %2</source>
        <translation>%1 — héberge un chat sur %2</translation>
    </message>
    <message>
        <source>%1 — %2, not hosting</source>
        <translation>%1 — %2, n&apos;héberge pas</translation>
    </message>
    <message>
        <source>Nobody found yet: classmates who host a chat appear here.</source>
        <translation>Personne pour l&apos;instant : les camarades qui hébergent un chat apparaissent ici.</translation>
    </message>
    <message>
        <source>Not looking for classmates (see the status line).</source>
        <translation>Pas de recherche de camarades (voir la ligne d&apos;état).</translation>
    </message>
</context>
<context>
    <name>netlab::ClassroomGrid</name>
    <message>
        <source>Classroom &amp;broker (MQTT):</source>
        <translation>&amp;Broker de la classe (MQTT) :</translation>
    </message>
    <message>
        <source>Classroom broker host</source>
        <translation>Hôte du broker de la classe</translation>
    </message>
    <message>
        <source>Classroom broker port</source>
        <translation>Port du broker de la classe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect to the classroom broker</source>
        <translation>Se connecter au broker de la classe</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s), %1 online</source>
        <translation>
            <numerusform>%n agent, %1 en ligne</numerusform>
            <numerusform>%n agents, %1 en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Disconnect from the classroom broker</source>
        <translation>Se déconnecter du broker de la classe</translation>
    </message>
    <message>
        <source>%1: temperature and humidity</source>
        <translation>%1 : température et humidité</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <source>Humidity (%)</source>
        <translation>Humidité (%)</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Graphique de %1</translation>
    </message>
</context>
<context>
    <name>netlab::ClassroomTile</name>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Click to open %1&apos;s chart</source>
        <translation>Cliquez pour ouvrir le graphique de %1</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>aucune mesure</translation>
    </message>
    <message>
        <source>%1 °C  %2 %</source>
        <translation>%1 °C  %2 %</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
</context>
<context>
    <name>netlab::CodeView</name>
    <message>
        <source>Sho&amp;w as code</source>
        <translation>&amp;Voir le code</translation>
    </message>
    <message>
        <source>Show as code</source>
        <translation>Voir le code</translation>
    </message>
    <message>
        <source>The program you would write to do what this tab does with these settings</source>
        <translation>Le programme que vous écririez pour faire ce que fait cet onglet avec ces réglages</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>Shell one-liner</source>
        <translation>Commande shell d’une ligne</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Type de code</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Copier le code dans le presse-papiers</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No one-line shell command does the same with these settings.</source>
        <translation>Aucune commande shell d’une ligne ne fait la même chose avec ces réglages.</translation>
    </message>
</context>
<context>
    <name>netlab::CodecPicker</name>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Decode errors</source>
        <translation>Erreurs de décodage</translation>
    </message>
    <message>
        <source>What to do with bytes that are not valid in the encoding:
strict - stop and report the error
replace - show � for each invalid sequence
ignore - leave them out
Every invalid sequence is counted and shown in either case.</source>
        <translation>Que faire des octets non valides dans l&apos;encodage :
strict - s&apos;arrêter et signaler l&apos;erreur
replace - afficher � pour chaque séquence non valide
ignore - les omettre
Dans tous les cas, chaque séquence non valide est comptée et signalée.</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;ncodage :</translation>
    </message>
    <message>
        <source>E&amp;rrors:</source>
        <translation>E&amp;rreurs :</translation>
    </message>
</context>
<context>
    <name>netlab::DemoStreams</name>
    <message>
        <source>demo streams: no destination address</source>
        <translation>flux de démo : pas d&apos;adresse de destination</translation>
    </message>
    <message>
        <source>demo streams: port 0 is not a destination port</source>
        <translation>flux de démo : le port 0 n&apos;est pas un port de destination</translation>
    </message>
    <message>
        <source>demo streams: both rates are 0, nothing to send</source>
        <translation>flux de démo : les deux débits sont à 0, rien à envoyer</translation>
    </message>
</context>
<context>
    <name>netlab::DeviceCode</name>
    <message>
        <source>Serial sensor node: opens PORT, sends the start command, reads packets of PACKET_SIZE bytes, prints each one decoded and acknowledges it, then sends the stop command after COUNT packets or on Ctrl+C.</source>
        <translation>Nœud capteur série : ouvre PORT, envoie la commande de départ, lit des paquets de PACKET_SIZE octets, affiche chacun décodé et en accuse réception, puis envoie la commande d’arrêt après COUNT paquets ou sur Ctrl+C.</translation>
    </message>
    <message>
        <source>after each packet</source>
        <translation>après chaque paquet</translation>
    </message>
    <message>
        <source>every packet starts with it</source>
        <translation>chaque paquet commence par ces octets</translation>
    </message>
    <message>
        <source>0: until Ctrl+C</source>
        <translation>0 : jusqu’à Ctrl+C</translation>
    </message>
    <message>
        <source>seconds: a silent node ends the session</source>
        <translation>secondes : un nœud muet termine la session</translation>
    </message>
    <message>
        <source>The packet&apos;s layout as a Python struct format, and one name per value (pad bytes have none).</source>
        <translation>La disposition du paquet en format struct de Python, et un nom par valeur (les octets de bourrage n’en ont pas).</translation>
    </message>
    <message>
        <source>%1 at BAUD baud, flow control: %2. read() waits at most TIMEOUT seconds.</source>
        <translation>%1 à BAUD bauds, contrôle de flux : %2. read() attend au plus TIMEOUT secondes.</translation>
    </message>
    <message>
        <source>RTS/CTS</source>
        <translation>RTS/CTS</translation>
    </message>
    <message>
        <source>XON/XOFF</source>
        <translation>XON/XOFF</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Bytes the node sent before the start command are stale.</source>
        <translation>Les octets envoyés par le nœud avant la commande de départ sont périmés.</translation>
    </message>
    <message>
        <source>A serial port is a stream of bytes: read until a whole packet has arrived.</source>
        <translation>Un port série est un flux d’octets : lire jusqu’à ce qu’un paquet entier soit arrivé.</translation>
    </message>
    <message>
        <source>The node sent nothing for</source>
        <translation>Le nœud n’a rien envoyé depuis</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Out of step (a byte lost or added on the line): skip to the next MAGIC instead of decoding garbage.</source>
        <translation>Désynchronisé (un octet perdu ou ajouté sur la ligne) : sauter jusqu’au prochain MAGIC au lieu de décoder n’importe quoi.</translation>
    </message>
    <message>
        <source>Bad packet, resynchronising:</source>
        <translation>Paquet invalide, resynchronisation :</translation>
    </message>
    <message>
        <source>Stopped (Ctrl+C)</source>
        <translation>Arrêté (Ctrl+C)</translation>
    </message>
    <message>
        <source>The node streams until it gets the stop command: always send it.</source>
        <translation>Le nœud émet jusqu’à recevoir la commande d’arrêt : toujours l’envoyer.</translation>
    </message>
    <message>
        <source>Packets received:</source>
        <translation>Paquets reçus :</translation>
    </message>
    <message>
        <source>Sensors: asks the NetLab agent at AGENT for its information, prints the readings it stored over the last WINDOW_MS, then follows the live stream of readings (Server-Sent Events), reconnecting where it left off, until Ctrl+C.</source>
        <translation>Capteurs : demande ses informations à l’agent NetLab à l’adresse AGENT, affiche les mesures qu’il a enregistrées pendant les dernières WINDOW_MS, puis suit le flux des mesures en direct (Server-Sent Events), en se reconnectant là où il s’était arrêté, jusqu’à Ctrl+C.</translation>
    </message>
    <message>
        <source>the stored readings fetched first: this far back</source>
        <translation>les mesures enregistrées lues d’abord : depuis ce temps</translation>
    </message>
    <message>
        <source>at most this many of them</source>
        <translation>au plus ce nombre de mesures</translation>
    </message>
    <message>
        <source>the LED needs it: sudo netlab-agent token, on the Pi</source>
        <translation>nécessaire pour la LED : sudo netlab-agent token, sur le Pi</translation>
    </message>
    <message>
        <source>One &quot;reading&quot; event per sample; &quot;error&quot; when a read of the sensor failed (never a made-up value).</source>
        <translation>Un événement « reading » par mesure ; « error » quand une lecture du capteur a échoué (jamais une valeur inventée).</translation>
    </message>
    <message>
        <source>Sensor failure:</source>
        <translation>Panne du capteur :</translation>
    </message>
    <message>
        <source>Server-Sent Events: lines &quot;field: value&quot;, an empty line ends each event. The id: of a reading is its seq; after a broken connection, Last-Event-ID asks the agent for what was missed.</source>
        <translation>Server-Sent Events : des lignes « champ: valeur », une ligne vide termine chaque événement. L’id: d’une mesure est son seq ; après une connexion coupée, Last-Event-ID demande à l’agent ce qui a été manqué.</translation>
    </message>
    <message>
        <source>A line that starts with &quot;:&quot; is a comment (the agent&apos;s keep-alive): its field is empty, nothing to do.</source>
        <translation>Une ligne qui commence par « : » est un commentaire (le maintien de connexion de l’agent) : son champ est vide, rien à faire.</translation>
    </message>
    <message>
        <source>The agent closed the stream.</source>
        <translation>L’agent a fermé le flux.</translation>
    </message>
    <message>
        <source>Stream interrupted:</source>
        <translation>Flux interrompu :</translation>
    </message>
    <message>
        <source>Reconnecting in 2 s…</source>
        <translation>Reconnexion dans 2 s…</translation>
    </message>
    <message>
        <source>Switching the LED needs the token, sent as a Bearer token.</source>
        <translation>Allumer ou éteindre la LED nécessite le jeton, envoyé comme jeton Bearer.</translation>
    </message>
    <message>
        <source>LED:</source>
        <translation>LED :</translation>
    </message>
    <message>
        <source>The window starts WINDOW_MS before the agent&apos;s clock (now, in ms); the readings come oldest first.</source>
        <translation>La fenêtre commence WINDOW_MS avant l’horloge de l’agent (now, en ms) ; les mesures arrivent de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>More readings in the window than LIMIT.</source>
        <translation>Plus de mesures dans la fenêtre que LIMIT.</translation>
    </message>
    <message>
        <source>Following the live stream (Ctrl+C to stop)…</source>
        <translation>Suivi du flux en direct (Ctrl+C pour arrêter)…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>netlab::DhtDecoder</name>
    <message numerus="yes">
        <source>the sensor did not answer (%n edge(s) seen)</source>
        <translation>
            <numerusform>le capteur n&apos;a pas répondu (%n front vu)</numerusform>
            <numerusform>le capteur n&apos;a pas répondu (%n fronts vus)</numerusform>
        </translation>
    </message>
    <message>
        <source>incomplete frame: %1 of 40 bits (edges lost)</source>
        <translation>trame incomplète : %1 bits sur 40 (fronts perdus)</translation>
    </message>
    <message>
        <source>checksum mismatch: bytes add up to 0x%1, the sensor sent 0x%2</source>
        <translation>somme de contrôle incorrecte : la somme des octets vaut 0x%1, le capteur a envoyé 0x%2</translation>
    </message>
    <message>
        <source>not a DHT11 frame: decimal bytes %1 and %2 (a DHT22?)</source>
        <translation>pas une trame DHT11 : octets décimaux %1 et %2 (un DHT22 ?)</translation>
    </message>
    <message>
        <source>implausible values: %1 °C, %2 %</source>
        <translation>valeurs invraisemblables : %1 °C, %2 %</translation>
    </message>
</context>
<context>
    <name>netlab::DhtReader</name>
    <message>
        <source>implausible values: %1 °C, %2 %</source>
        <translation>valeurs invraisemblables : %1 °C, %2 %</translation>
    </message>
</context>
<context>
    <name>netlab::EdgeCapture</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>larger than %1 MiB: not an edge capture</source>
        <translation>plus de %1 Mio : pas une capture de fronts</translation>
    </message>
    <message>
        <source>expected &quot;&lt;time in ns&gt; &lt;level 0 or 1&gt;&quot;, got &quot;%1&quot;</source>
        <translation>attendu &quot;&lt;temps en ns&gt; &lt;niveau 0 ou 1&gt;&quot;, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>time %1 ns is before the previous edge&apos;s (%2 ns)</source>
        <translation>l&apos;instant %1 ns précède celui du front précédent (%2 ns)</translation>
    </message>
    <message>
        <source>more than %1 edges</source>
        <translation>plus de %1 fronts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>netlab::EdgeRecorder</name>
    <message>
        <source>netlab-agent record-edges, %1, %2, started %3</source>
        <translation>netlab-agent record-edges, %1, %2, commencé le %3</translation>
    </message>
    <message>
        <source>read %1 of %2: %3</source>
        <translation>lecture %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>edge times re-based: the kernel&apos;s edge clock is not CLOCK_MONOTONIC</source>
        <translation>instants des fronts recalés : l&apos;horloge des fronts du noyau n&apos;est pas CLOCK_MONOTONIC</translation>
    </message>
</context>
<context>
    <name>netlab::EdgesCommand</name>
    <message>
        <source>failed (%1): %2</source>
        <translation>échec (%1) : %2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Sensor model: dht11 or dht22 (am2302).</source>
        <translation>Modèle de capteur : dht11 ou dht22 (am2302).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>netlab-agent %1: %2 (see netlab-agent %1 --help)</source>
        <translation>netlab-agent %1 : %2 (voir netlab-agent %1 --help)</translation>
    </message>
    <message>
        <source>netlab-agent decode-edges FILE [--model dht11|dht22] [--json]

Decodes an edge capture (*.edges, written by netlab-agent record-edges or converted from a logic analyzer) frame by frame, as the agent would decode what it sees after each start pulse.</source>
        <translation>netlab-agent decode-edges FILE [--model dht11|dht22] [--json]

Décode une capture de fronts (*.edges, écrite par netlab-agent record-edges ou convertie depuis un analyseur logique) trame par trame, comme l’agent décoderait ce qu’il voit après chaque impulsion de départ.</translation>
    </message>
    <message>
        <source>The capture.</source>
        <translation>La capture.</translation>
    </message>
    <message>
        <source>One JSON object per frame and line: humidity_pct, temperature_c and checksum_ok, or failure and error.</source>
        <translation>Un objet JSON par trame et par ligne : humidity_pct, temperature_c et checksum_ok, ou failure et error.</translation>
    </message>
    <message>
        <source>give exactly one capture file</source>
        <translation>indiquez exactement un fichier de capture</translation>
    </message>
    <message>
        <source>model must be dht11 or dht22, not &quot;%1&quot;</source>
        <translation>le modèle doit être dht11 ou dht22, pas « %1 »</translation>
    </message>
    <message>
        <source>netlab-agent %1: %2</source>
        <translation>netlab-agent %1 : %2</translation>
    </message>
    <message>
        <source>frame %1 at %2 s (%3 edges): %4</source>
        <translation>trame %1 à %2 s (%3 fronts) : %4</translation>
    </message>
    <message>
        <source>no host start pulse in %1 edges: nothing to decode</source>
        <translation>aucune impulsion de départ de l’hôte dans %1 fronts : rien à décoder</translation>
    </message>
    <message>
        <source>%1 frames (%2): %3 readings, %4 failed</source>
        <translation>%1 trames (%2) : %3 relevés, %4 en échec</translation>
    </message>
    <message>
        <source>netlab-agent record-edges [--count N] [--dht-pin PIN] [--model dht11|dht22] FILE

On the Pi: sends the start pulse through libgpiod COUNT times (at the sensor&apos;s minimum interval) and saves the edges seen after each to FILE, for netlab-agent decode-edges or a bug report. Stop the agent first (systemctl stop netlab-agent): the line must be free. Does not work while the dht11 overlay owns the pin.</source>
        <translation>netlab-agent record-edges [--count N] [--dht-pin PIN] [--model dht11|dht22] FILE

Sur le Pi : envoie l’impulsion de départ via libgpiod COUNT fois (à l’intervalle minimal du capteur) et enregistre dans FILE les fronts vus après chacune, pour netlab-agent decode-edges ou un rapport de bogue. Arrêtez d’abord l’agent (systemctl stop netlab-agent) : la ligne doit être libre. Ne fonctionne pas tant que l’overlay dht11 détient la broche.</translation>
    </message>
    <message>
        <source>Where to save the capture.</source>
        <translation>Où enregistrer la capture.</translation>
    </message>
    <message>
        <source>How many reads (default 1, at most 1000).</source>
        <translation>Nombre de lectures (par défaut 1, au plus 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>GPIO of the sensor&apos;s data line (default GPIO4, physical pin 7).</source>
        <translation>GPIO de la ligne de données du capteur (par défaut GPIO4, broche physique 7).</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>broche</translation>
    </message>
    <message>
        <source>give exactly one file to write</source>
        <translation>indiquez exactement un fichier à écrire</translation>
    </message>
    <message>
        <source>count must be a number from 1 to 1000, not &quot;%1&quot;</source>
        <translation>count doit être un nombre de 1 à 1000, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 est un répertoire</translation>
    </message>
    <message>
        <source>netlab-agent %1: cannot use GPIO%2: %3. record-edges drives the sensor&apos;s line itself: run it on the Raspberry Pi the sensor is wired to, as a user in the gpio group, with the agent stopped.</source>
        <translation>netlab-agent %1 : impossible d’utiliser GPIO%2 : %3. record-edges pilote lui-même la ligne du capteur : lancez-le sur le Raspberry Pi auquel le capteur est relié, en tant qu’utilisateur du groupe gpio, avec l’agent arrêté.</translation>
    </message>
    <message>
        <source>read %1 of %2 (%3 edges): %4</source>
        <translation>lecture %1 sur %2 (%3 fronts) : %4</translation>
    </message>
    <message>
        <source>saved %1 edges to %2 (%3 of %4 reads decoded)</source>
        <translation>%1 fronts enregistrés dans %2 (%3 lectures sur %4 décodées)</translation>
    </message>
</context>
<context>
    <name>netlab::EndpointPicker</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nom d&apos;hôte ou adresse</translation>
    </message>
    <message>
        <source>A host name (localhost, pi.local), an IPv4 address (192.168.1.20) or an IPv6 address (::1)</source>
        <translation>Un nom d&apos;hôte (localhost, pi.local), une adresse IPv4 (192.168.1.20) ou une adresse IPv6 (::1)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>0 lets the system choose a free port</source>
        <translation>0 laisse le système choisir un port libre</translation>
    </message>
    <message>
        <source>Enter a host name or an IP address.</source>
        <translation>Saisissez un nom d&apos;hôte ou une adresse IP.</translation>
    </message>
    <message>
        <source>The host name is %1 characters long; a host name has at most %2.</source>
        <translation>Le nom d&apos;hôte fait %1 caractères ; un nom d&apos;hôte en compte au plus %2.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>%1 is not allowed in a host name or address.</source>
        <translation>%1 n&apos;est pas permis dans un nom d&apos;hôte ou une adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty part between dots.</source>
        <translation>« %1 » a une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a part longer than 63 characters.</source>
        <translation>« %1 » a une partie de plus de 63 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>The host name is %1 characters long in its ASCII form; a host name has at most %2.</source>
        <translation>Le nom d&apos;hôte fait %1 caractères sous sa forme ASCII ; un nom d&apos;hôte en compte au plus %2.</translation>
    </message>
</context>
<context>
    <name>netlab::EscapedText</name>
    <message>
        <source>a lone backslash at the end; write \\ for a backslash</source>
        <translation>une barre oblique inverse seule à la fin ; écrivez \\ pour une barre oblique inverse</translation>
    </message>
    <message>
        <source>\x at position %1 needs two hex digits, e.g. \x0a</source>
        <translation>\x à la position %1 demande deux chiffres hexadécimaux, par ex. \x0a</translation>
    </message>
    <message>
        <source>unknown escape \%1 at position %2 (use \n \r \t \0 \\ or \xHH)</source>
        <translation>échappement inconnu \%1 à la position %2 (utilisez \n \r \t \0 \\ ou \xHH)</translation>
    </message>
</context>
<context>
    <name>netlab::FieldPlotPanel</name>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>&amp;Empilés</translation>
    </message>
    <message>
        <source>One chart per field instead of all on one chart</source>
        <translation>Un graphique par champ au lieu d&apos;un seul pour tous</translation>
    </message>
    <message>
        <source>Fields to plot</source>
        <translation>Champs à tracer</translation>
    </message>
    <message>
        <source>Tick the fields to plot (Space ticks the selected one)</source>
        <translation>Cochez les champs à tracer (Espace coche celui qui est sélectionné)</translation>
    </message>
    <message>
        <source>10 seconds</source>
        <translation>10 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Values under the cursor</source>
        <translation>Valeurs sous le curseur</translation>
    </message>
    <message>
        <source>Nothing to plot yet: listen to a port with a struct decoder (the drone demo, for one) and its numeric fields appear here.</source>
        <translation>Rien à tracer pour l&apos;instant : écoutez un port avec un décodeur struct (la démo du drone, par exemple) et ses champs numériques apparaissent ici.</translation>
    </message>
    <message>
        <source>Tick the fields to plot in the list.</source>
        <translation>Cochez dans la liste les champs à tracer.</translation>
    </message>
    <message>
        <source>Plot of %1</source>
        <translation>Tracé de %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No frames from %1 to %2</source>
        <translation>Aucune trame de %1 à %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no field is plotted</source>
        <translation>aucun champ n&apos;est tracé</translation>
    </message>
    <message>
        <source>Plotted values written to %1</source>
        <translation>Valeurs tracées écrites dans %1</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1 : l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>Plot saved to %1</source>
        <translation>Tracé enregistré dans %1</translation>
    </message>
    <message>
        <source>Export plotted values</source>
        <translation>Exporter les valeurs tracées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Enregistrer le tracé</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>What to plot</source>
        <translation>Quoi tracer</translation>
    </message>
    <message>
        <source>One chart per field</source>
        <translation>Un graphique par champ</translation>
    </message>
</context>
<context>
    <name>netlab::FramePlots</name>
    <message>
        <source>UDP port %1 (%2)</source>
        <translation>Port UDP %1 (%2)</translation>
    </message>
</context>
<context>
    <name>netlab::GpiodLine</name>
    <message>
        <source>permission denied (add the user to group gpio)</source>
        <translation>permission refusée (ajoutez l&apos;utilisateur au groupe gpio)</translation>
    </message>
    <message>
        <source>the line is in use by another program or a kernel driver</source>
        <translation>la ligne est utilisée par un autre programme ou un pilote du noyau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot drive the line: %2</source>
        <translation>%1 : impossible de piloter la ligne : %2</translation>
    </message>
    <message>
        <source>%1: cannot watch edges: %2</source>
        <translation>%1 : impossible de surveiller les fronts : %2</translation>
    </message>
    <message>
        <source>%1: not watching edges</source>
        <translation>%1 : pas de surveillance des fronts</translation>
    </message>
    <message>
        <source>%1: waiting for edges: %2</source>
        <translation>%1 : attente des fronts : %2</translation>
    </message>
    <message>
        <source>%1: reading edges: %2</source>
        <translation>%1 : lecture des fronts : %2</translation>
    </message>
    <message>
        <source>no Raspberry Pi GPIO chip and no line named GPIO%1 on this machine</source>
        <translation>pas de puce GPIO de Raspberry Pi ni de ligne nommée GPIO%1 sur cette machine</translation>
    </message>
    <message>
        <source>built without libgpiod</source>
        <translation>compilé sans libgpiod</translation>
    </message>
    <message>
        <source>this build has no GPIO support (libgpiod was not found at build time)</source>
        <translation>cette version n&apos;a pas de prise en charge GPIO (libgpiod était introuvable à la compilation)</translation>
    </message>
    <message>
        <source>GPIO%1 on %2 (%3, line %4)</source>
        <translation>GPIO%1 sur %2 (%3, ligne %4)</translation>
    </message>
</context>
<context>
    <name>netlab::HexCodec</name>
    <message>
        <source>the text is too long: %1 characters (hex input is limited to %2 MiB of text)</source>
        <translation>le texte est trop long : %1 caractères (la saisie hexadécimale est limitée à %2 Mio de texte)</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a hex digit</source>
        <translation>%1 à la position %2 n&apos;est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not followed by hex digits</source>
        <translation>« %1 » à la position %2 n&apos;est pas suivi de chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>&apos;\&apos; at position %1 must start an escape like \x41</source>
        <translation>« \ » à la position %1 doit commencer un échappement comme \x41</translation>
    </message>
    <message>
        <source>odd number of hex digits (a byte needs two): the digit at position %1 has no partner</source>
        <translation>nombre impair de chiffres hexadécimaux (un octet en demande deux) : le chiffre à la position %1 n&apos;a pas de partenaire</translation>
    </message>
</context>
<context>
    <name>netlab::HexInput</name>
    <message>
        <source>Hex bytes</source>
        <translation>Octets en hexadécimal</translation>
    </message>
    <message>
        <source>e.g. 48 65 6c 6c 6f or 0x48,0x65 or \x48\x65</source>
        <translation>p. ex. 48 65 6c 6c 6f ou 0x48,0x65 ou \x48\x65</translation>
    </message>
    <message>
        <source>Hex input problem</source>
        <translation>Problème de saisie hexadécimale</translation>
    </message>
    <message>
        <source>Not pasted: the text would be %1 characters long; hex input is limited to %2 characters (send a file for more).</source>
        <translation>Non collé : le texte ferait %1 caractères ; la saisie hexadécimale est limitée à %2 caractères (envoyez un fichier pour plus).</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::HttpBodyFormat</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>
… (%1 more bytes)</source>
        <translation>
… (%1 octets de plus)</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>more than %n item(s): the rest is in the Body tab</source>
        <translation>
            <numerusform>plus de %n élément : le reste est dans l&apos;onglet Corps</numerusform>
            <numerusform>plus de %n éléments : le reste est dans l&apos;onglet Corps</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
</context>
<context>
    <name>netlab::HttpClient</name>
    <message>
        <source>%1 — issued by %2, valid until %3</source>
        <translation>%1 — émis par %2, valable jusqu&apos;au %3</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse complète en %n seconde</numerusform>
            <numerusform>pas de réponse complète en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>a request is still running: wait for it or stop it</source>
        <translation>une requête est encore en cours : attendez-la ou arrêtez-la</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes: stopped reading</source>
        <translation>la réponse dépasse %1 octets : lecture arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s): stopped following</source>
        <translation>
            <numerusform>plus de %n redirection : suivi arrêté</numerusform>
            <numerusform>plus de %n redirections : suivi arrêté</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>the raw request is empty: type the bytes to send</source>
        <translation>la requête brute est vide : tapez les octets à envoyer</translation>
    </message>
    <message>
        <source>TLS is not available here (no OpenSSL for Qt): cannot send to https://</source>
        <translation>TLS n&apos;est pas disponible ici (pas d&apos;OpenSSL pour Qt) : impossible d&apos;envoyer vers https://</translation>
    </message>
    <message>
        <source>%1: name not found (%2)</source>
        <translation>%1 : nom introuvable (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation>le certificat du serveur a été refusé : %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>netlab::HttpClientRequest</name>
    <message>
        <source>type a URL, e.g. http://127.0.0.1:8080/</source>
        <translation>tapez une URL, par ex. http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>only http:// and https:// URLs can be sent, not %1://</source>
        <translation>seules les URL http:// et https:// peuvent être envoyées, pas %1://</translation>
    </message>
</context>
<context>
    <name>netlab::HttpClientTab</name>
    <message>
        <source>http://host:port/path</source>
        <translation>http://hôte:port/chemin</translation>
    </message>
    <message>
        <source>Raw bytes over a socket</source>
        <translation>Octets bruts sur un socket</translation>
    </message>
    <message>
        <source>Raw: the Raw request tab&apos;s bytes are sent exactly as written, and the exact answer is shown</source>
        <translation>Brut : les octets de l&apos;onglet Requête brute sont envoyés exactement tels qu&apos;ils sont écrits, et la réponse exacte est affichée</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy a curl command that sends the same request</source>
        <translation>Copier une commande curl qui envoie la même requête</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Pas de corps</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form fields (x-www-form-urlencoded)</source>
        <translation>Champs de formulaire (x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>Body &amp;kind:</source>
        <translation>&amp;Type de corps :</translation>
    </message>
    <message>
        <source>Body kind</source>
        <translation>Type de corps</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs de formulaire</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This request has no body. Choose a kind to add one.</source>
        <translation>Cette requête n&apos;a pas de corps. Choisissez un type pour en ajouter un.</translation>
    </message>
    <message>
        <source>HTTP/1.0: the server closes the connection after the answer; HTTP/1.1 needs a Host header</source>
        <translation>HTTP/1.0 : le serveur ferme la connexion après la réponse ; HTTP/1.1 exige un en-tête Host</translation>
    </message>
    <message>
        <source>CR LF (as HTTP requires)</source>
        <translation>CR LF (comme HTTP l&apos;exige)</translation>
    </message>
    <message>
        <source>LF only</source>
        <translation>LF seulement</translation>
    </message>
    <message>
        <source>&amp;Fill from the form</source>
        <translation>Remplir &amp;depuis le formulaire</translation>
    </message>
    <message>
        <source>Fill the raw request from the form</source>
        <translation>Remplir la requête brute depuis le formulaire</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Requête brute</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;Line ends:</source>
        <translation>&amp;Fins de ligne :</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>Version HTTP</translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation>Fins de ligne</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>&amp;Query parameters</source>
        <translation>&amp;Paramètres de requête</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>&amp;Raw request</source>
        <translation>Requête &amp;brute</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Response as a tree</source>
        <translation>Réponse sous forme d&apos;arbre</translation>
    </message>
    <message>
        <source>Response body in hex</source>
        <translation>Corps de la réponse en hexadécimal</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Timing, redirects and certificates</source>
        <translation>Durées, redirections et certificats</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Bytes exchanged</source>
        <translation>Octets échangés</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Bod&amp;y</source>
        <translation>Co&amp;rps</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Arbre</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;xa</translation>
    </message>
    <message>
        <source>Response h&amp;eaders</source>
        <translation>En-&amp;têtes de la réponse</translation>
    </message>
    <message>
        <source>T&amp;iming and details</source>
        <translation>Durées et détail&amp;s</translation>
    </message>
    <message>
        <source>Bytes exch&amp;anged</source>
        <translation>Octets éc&amp;hangés</translation>
    </message>
    <message>
        <source>No response yet: type a URL and press Send.</source>
        <translation>Pas encore de réponse : tapez une URL et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>HTTP client</source>
        <translation>Client HTTP</translation>
    </message>
    <message>
        <source>A request is still running: wait for it or press Stop.</source>
        <translation>Une requête est encore en cours : attendez-la ou appuyez sur Arrêter.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 · %4 · %n byte(s) of body</source>
        <translation>
            <numerusform>%1 %2 %3 · %4 · %n octet de corps</numerusform>
            <numerusform>%1 %2 %3 · %4 · %n octets de corps</numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>%1 %2 answered %3</source>
        <translation>%1 %2 a répondu %3</translation>
    </message>
    <message numerus="yes">
        <source>(binary data, %n byte(s): see the Hex tab)</source>
        <translation>
            <numerusform>(données binaires, %n octet : voir l&apos;onglet Hexa)</numerusform>
            <numerusform>(données binaires, %n octets : voir l&apos;onglet Hexa)</numerusform>
        </translation>
    </message>
    <message>
        <source>
… (%1 more bytes)</source>
        <translation>
… (%1 octets de plus)</translation>
    </message>
    <message>
        <source>Timing (from the start)</source>
        <translation>Durées (depuis le début)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported by QNetworkAccessManager (raw mode measures it)</source>
        <translation>non fourni par QNetworkAccessManager (le mode brut le mesure)</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Résolution du nom</translation>
    </message>
    <message>
        <source>— (an address: no lookup)</source>
        <translation>— (une adresse : pas de résolution)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Poignée de main TLS</translation>
    </message>
    <message>
        <source>— (plain http)</source>
        <translation>— (http simple)</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>Premier octet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Octets reçus</translation>
    </message>
    <message numerus="yes">
        <source>chunked, %n chunk(s)</source>
        <translation>
            <numerusform>par blocs (chunked), %n bloc</numerusform>
            <numerusform>par blocs (chunked), %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>until the server closed the connection</source>
        <translation>jusqu&apos;à ce que le serveur ferme la connexion</translation>
    </message>
    <message>
        <source>Content-Length</source>
        <translation>Content-Length</translation>
    </message>
    <message>
        <source>Body framing</source>
        <translation>Délimitation du corps</translation>
    </message>
    <message>
        <source>Redirects (%1)</source>
        <translation>Redirections (%1)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>TLS errors</source>
        <translation>Erreurs TLS</translation>
    </message>
    <message numerus="yes">
        <source>→ sent %n byte(s):</source>
        <translation>
            <numerusform>→ %n octet envoyé :</numerusform>
            <numerusform>→ %n octets envoyés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← received %n byte(s):</source>
        <translation>
            <numerusform>← %n octet reçu :</numerusform>
            <numerusform>← %n octets reçus :</numerusform>
        </translation>
    </message>
    <message>
        <source>QNetworkAccessManager does not show the bytes on the wire. Choose the &quot;Raw bytes over a socket&quot; mode to see them.</source>
        <translation>QNetworkAccessManager ne montre pas les octets qui passent sur le fil. Choisissez le mode « Octets bruts sur un socket » pour les voir.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Saved the body to %1</source>
        <translation>Corps enregistré dans %1</translation>
    </message>
    <message>
        <source>Like a library (Python requests, curl)</source>
        <translation>Comme une bibliothèque (Python requests, curl)</translation>
    </message>
    <message>
        <source>&amp;Pretty (indented; the bytes sent are in Hex)</source>
        <translation>&amp;Lisible (indenté ; les octets envoyés sont dans Hexa)</translation>
    </message>
    <message>
        <source>Off: the body exactly as the server sent it. On: JSON and XML laid out on several lines, keys kept in their order.</source>
        <translation>Désactivé : le corps exactement tel que le serveur l&apos;a envoyé. Activé : JSON et XML présentés sur plusieurs lignes, clés gardées dans leur ordre.</translation>
    </message>
</context>
<context>
    <name>netlab::HttpConnection</name>
    <message>
        <source>the client stopped reading its response; connection dropped</source>
        <translation>le client a cessé de lire sa réponse ; connexion abandonnée</translation>
    </message>
    <message>
        <source>no request within %1 ms; connection closed</source>
        <translation>aucune requête en %1 ms ; connexion fermée</translation>
    </message>
    <message>
        <source>the request headers did not arrive within %1 ms</source>
        <translation>les en-têtes de la requête ne sont pas arrivés en %1 ms</translation>
    </message>
    <message>
        <source>the request body stalled for %1 ms</source>
        <translation>le corps de la requête est bloqué depuis %1 ms</translation>
    </message>
    <message>
        <source>refused before its body was read (%1)</source>
        <translation>refusée avant la lecture de son corps (%1)</translation>
    </message>
</context>
<context>
    <name>netlab::HttpDirectoryHandler</name>
    <message>
        <source>the path is not allowed</source>
        <translation>le chemin n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>the path leads outside the served folder</source>
        <translation>le chemin sort du dossier servi</translation>
    </message>
    <message>
        <source>Directory listing for /%1</source>
        <translation>Contenu du dossier /%1</translation>
    </message>
</context>
<context>
    <name>netlab::HttpMicroServer</name>
    <message>
        <source>(rejected: %1)</source>
        <translation>(rejetée : %1)</translation>
    </message>
    <message>
        <source>status line &apos;%1&apos;: write a code from 100 to 599 and a reason, e.g. 200 OK</source>
        <translation>ligne de statut &apos;%1&apos; : écrivez un code de 100 à 599 et une raison, par ex. 200 OK</translation>
    </message>
    <message>
        <source>header line %1 &apos;%2&apos;: write Name: value</source>
        <translation>ligne d&apos;en-tête %1 &apos;%2&apos; : écrivez Nom: valeur</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes</source>
        <translation>le corps dépasse %1 octets</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>choose a folder to serve first</source>
        <translation>choisissez d&apos;abord un dossier à servir</translation>
    </message>
</context>
<context>
    <name>netlab::HttpRequestParser</name>
    <message>
        <source>malformed request: %1</source>
        <translation>requête mal formée : %1</translation>
    </message>
    <message>
        <source>the request&apos;s header block is over %1 bytes</source>
        <translation>le bloc d&apos;en-têtes de la requête dépasse %1 octets</translation>
    </message>
    <message>
        <source>the request is over %1 bytes</source>
        <translation>la requête dépasse %1 octets</translation>
    </message>
    <message>
        <source>the request has more than %1 header fields</source>
        <translation>la requête a plus de %1 champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>a header field name contains a space</source>
        <translation>un nom de champ d&apos;en-tête contient une espace</translation>
    </message>
    <message>
        <source>HTTP version %1.%2 is not supported</source>
        <translation>la version HTTP %1.%2 n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>the request has more than one Host header</source>
        <translation>la requête a plus d&apos;un en-tête Host</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request needs a Host header</source>
        <translation>une requête HTTP/1.1 doit avoir un en-tête Host</translation>
    </message>
    <message>
        <source>the request body (%1 bytes) is over the limit of %2 bytes</source>
        <translation>le corps de la requête (%1 octets) dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>the request body is over the limit of %1 bytes</source>
        <translation>le corps de la requête dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>the request was refused before its body was read</source>
        <translation>la requête a été refusée avant la lecture de son corps</translation>
    </message>
</context>
<context>
    <name>netlab::HttpResponseParser</name>
    <message>
        <source>the response is larger than %1 bytes: stopped reading</source>
        <translation>la réponse dépasse %1 octets : lecture arrêtée</translation>
    </message>
    <message>
        <source>not a valid HTTP response: %1</source>
        <translation>réponse HTTP non valide : %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the headers</source>
        <translation>le serveur a fermé la connexion au milieu des en-têtes</translation>
    </message>
    <message>
        <source>the server closed the connection before the end of the body (%1 bytes received)</source>
        <translation>le serveur a fermé la connexion avant la fin du corps (%1 octets reçus)</translation>
    </message>
</context>
<context>
    <name>netlab::HttpServer</name>
    <message>
        <source>HTTP server: %1</source>
        <translation>Serveur HTTP : %1</translation>
    </message>
    <message>
        <source>%1 is not allowed here</source>
        <translation>%1 n&apos;est pas autorisé ici</translation>
    </message>
    <message>
        <source>the server has %1 connections, its maximum</source>
        <translation>le serveur a %1 connexions, son maximum</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>trop de connexions</translation>
    </message>
    <message>
        <source>%1 has %2 connections, the maximum for one address</source>
        <translation>%1 a %2 connexions, le maximum pour une adresse</translation>
    </message>
</context>
<context>
    <name>netlab::HttpServerTab</name>
    <message>
        <source>
… (%1 more bytes)</source>
        <translation>
… (%1 octets de plus)</translation>
    </message>
    <message>
        <source>0.0.0.0 lets classmates&apos; browsers connect; 127.0.0.1 only this machine&apos;s</source>
        <translation>0.0.0.0 permet aux navigateurs des camarades de se connecter ; 127.0.0.1 seulement à ceux de cette machine</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Ports below 1024 (such as 80) need administrator rights</source>
        <translation>Les ports inférieurs à 1024 (comme 80) demandent les droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>Start or stop the server (Ctrl+K)</source>
        <translation>Démarrer ou arrêter le serveur (Ctrl+K)</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the server&apos;s address in the default web browser</source>
        <translation>Ouvrir l&apos;adresse du serveur dans le navigateur web par défaut</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Adresse d&apos;écoute :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Answer every request with this &amp;response</source>
        <translation>Répondre à chaque requête avec cette &amp;réponse</translation>
    </message>
    <message>
        <source>Answer with the response</source>
        <translation>Répondre avec la réponse</translation>
    </message>
    <message>
        <source>Serve a &amp;folder:</source>
        <translation>Servir un &amp;dossier :</translation>
    </message>
    <message>
        <source>Serve a folder</source>
        <translation>Servir un dossier</translation>
    </message>
    <message>
        <source>Like python3 -m http.server: files with their type, index.html or a listing for folders; nothing outside it</source>
        <translation>Comme python3 -m http.server : les fichiers avec leur type, index.html ou un listing pour les dossiers ; rien en dehors</translation>
    </message>
    <message>
        <source>Folder to serve</source>
        <translation>Dossier à servir</translation>
    </message>
    <message>
        <source>folder to serve</source>
        <translation>dossier à servir</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder to serve</source>
        <translation>Choisir le dossier à servir</translation>
    </message>
    <message>
        <source>Code and reason, e.g. 200 OK, 404 Not Found, 301 Moved Permanently (the HTTP version is the request&apos;s)</source>
        <translation>Code et raison, par ex. 200 OK, 404 Not Found, 301 Moved Permanently (la version HTTP est celle de la requête)</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line. {now} becomes the current date in HTTP format, {now+3600} the date in an hour. Content-Length and Connection are written by the server.</source>
        <translation>Un « Nom: valeur » par ligne. {now} devient la date courante au format HTTP, {now+3600} la date dans une heure. Content-Length et Connection sont écrits par le serveur.</translation>
    </message>
    <message>
        <source>Sent as UTF-8</source>
        <translation>Envoyé en UTF-8</translation>
    </message>
    <message>
        <source>Reset to the e&amp;xample</source>
        <translation>Revenir à l&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Reset the response to the example</source>
        <translation>Remettre la réponse d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes :</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>C&amp;orps :</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Ligne de statut</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Requêtes reçues</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Requête brute</translation>
    </message>
    <message>
        <source>Select a request to see it exactly as it arrived</source>
        <translation>Sélectionnez une requête pour la voir exactement telle qu&apos;elle est arrivée</translation>
    </message>
    <message>
        <source>Show line ends</source>
        <translation>Afficher les fins de ligne</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Clear the list of requests</source>
        <translation>Vider la liste des requêtes</translation>
    </message>
    <message>
        <source>Start the server first.</source>
        <translation>Démarrez d&apos;abord le serveur.</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert pour %1</translation>
    </message>
    <message>
        <source>HTTP server</source>
        <translation>Serveur HTTP</translation>
    </message>
    <message>
        <source>Response not changed: %1</source>
        <translation>Réponse inchangée : %1</translation>
    </message>
    <message>
        <source>Response updated: the next request gets it</source>
        <translation>Réponse mise à jour : la prochaine requête la recevra</translation>
    </message>
    <message>
        <source>Serving the files under %1</source>
        <translation>Fichiers servis depuis %1</translation>
    </message>
    <message>
        <source>Choose a folder to serve, or answer with the response.</source>
        <translation>Choisissez un dossier à servir, ou répondez avec la réponse.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Déma&amp;rrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Listening on %1 — point a browser at %2, or: curl -v %2</source>
        <translation>À l&apos;écoute sur %1 — ouvrez %2 dans un navigateur, ou : curl -v %2</translation>
    </message>
    <message>
        <source>HTTP server listening on %1</source>
        <translation>Serveur HTTP à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>%1 · %2 bytes</source>
        <translation>%1 · %2 octets</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) received</source>
        <translation>
            <numerusform>%n requête reçue</numerusform>
            <numerusform>%n requêtes reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected at %1 from %2: %3 — answered %4</source>
        <translation>Rejetée à %1 de %2 : %3 — réponse %4</translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message numerus="yes">
        <source>answered %1 with %n byte(s)</source>
        <translation>
            <numerusform>réponse %1 avec %n octet</numerusform>
            <numerusform>réponse %1 avec %n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 from %2 at %3, %n byte(s) as received; %4</source>
        <translation>
            <numerusform>Requête %1 de %2 à %3, %n octet tel que reçu ; %4</numerusform>
            <numerusform>Requête %1 de %2 à %3, %n octets tels que reçus ; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>Enregistrer les requêtes</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1</source>
        <translation>
            <numerusform>%n requête enregistrée dans %1</numerusform>
            <numerusform>%n requêtes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;line ends (\r\n)</source>
        <translation>Afficher les &amp;fins de ligne (\r\n)</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) dropped from the list: it keeps the newest %1 requests and %2 MiB of raw bytes.</source>
        <translation>
            <numerusform>%n ancienne requête retirée de la liste : elle garde les %1 requêtes les plus récentes et %2 Mio d’octets bruts.</numerusform>
            <numerusform>%n anciennes requêtes retirées de la liste : elle garde les %1 requêtes les plus récentes et %2 Mio d’octets bruts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::IioDhtBackend</name>
    <message>
        <source>kernel IIO driver under %1</source>
        <translation>pilote IIO du noyau sous %1</translation>
    </message>
    <message>
        <source>the sensor did not answer in time (ETIMEDOUT)</source>
        <translation>le capteur n&apos;a pas répondu à temps (ETIMEDOUT)</translation>
    </message>
    <message>
        <source>the sensor&apos;s answer was garbled (EIO)</source>
        <translation>la réponse du capteur était illisible (EIO)</translation>
    </message>
    <message>
        <source>%1: the sensor device is gone</source>
        <translation>%1 : le périphérique du capteur a disparu</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1 : permission refusée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1 : pas un nombre : &quot;%2&quot;</translation>
    </message>
    <message>
        <source>GPIO%1 (%2)</source>
        <translation>GPIO%1 (%2)</translation>
    </message>
    <message>
        <source>To enable the kernel driver, add dtoverlay=dht11,gpiopin=%1 to /boot/firmware/config.txt and reboot.</source>
        <translation>Pour activer le pilote du noyau, ajoutez dtoverlay=dht11,gpiopin=%1 à /boot/firmware/config.txt et redémarrez.</translation>
    </message>
    <message>
        <source>the DHT11 IIO device is on %1, not on GPIO%2 (--dht-pin). %3</source>
        <translation>le périphérique IIO DHT11 est sur %1, pas sur GPIO%2 (--dht-pin). %3</translation>
    </message>
    <message>
        <source>%1 (name &quot;%2&quot;, compatible &quot;%3&quot;)</source>
        <translation>%1 (nom &quot;%2&quot;, compatible &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no DHT11 IIO device under %1, and no IIO device at all. %2</source>
        <translation>pas de périphérique IIO DHT11 sous %1, et aucun périphérique IIO. %2</translation>
    </message>
    <message>
        <source>no DHT11 IIO device under %1; the IIO devices there: %2. %3</source>
        <translation>pas de périphérique IIO DHT11 sous %1 ; les périphériques IIO présents : %2. %3</translation>
    </message>
</context>
<context>
    <name>netlab::InputCheck</name>
    <message>
        <source>Enter a host name or an IP address.</source>
        <translation>Saisissez un nom d&apos;hôte ou une adresse IP.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; a host name has at most %2.</source>
        <translation>Le nom fait %1 caractères ; un nom d&apos;hôte en a au plus %2.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>%1 (position %2) cannot be in a host name: use letters, digits, &apos;-&apos; and dots.</source>
        <translation>%1 (position %2) ne peut pas figurer dans un nom d&apos;hôte : utilisez des lettres, des chiffres, &apos;-&apos; et des points.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty part between dots.</source>
        <translation>&apos;%1&apos; a une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>The part &apos;%1&apos; is %2 characters long; a part between dots has at most %3.</source>
        <translation>La partie &apos;%1&apos; fait %2 caractères ; une partie entre deux points en a au plus %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid international host name.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;hôte international valide.</translation>
    </message>
    <message>
        <source>The name is %1 characters long in its ASCII form; a host name has at most %2.</source>
        <translation>Le nom fait %1 caractères sous sa forme ASCII ; un nom d&apos;hôte en a au plus %2.</translation>
    </message>
    <message>
        <source>The part &apos;%1&apos; is %2 characters long in its ASCII form; a part between dots has at most %3.</source>
        <translation>La partie &apos;%1&apos; fait %2 caractères sous sa forme ASCII ; une partie entre deux points en a au plus %3.</translation>
    </message>
    <message>
        <source>Port 0 is not a real port (it means &quot;any free port&quot; when a server listens); use 1 to 65535.</source>
        <translation>Le port 0 n&apos;est pas un vrai port (il signifie « n&apos;importe quel port libre » quand un serveur écoute) ; utilisez 1 à 65535.</translation>
    </message>
    <message>
        <source>Port %1 is out of range: ports go from 1 to 65535.</source>
        <translation>Le port %1 est hors limites : les ports vont de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter a port number (1 to 65535).</source>
        <translation>Saisissez un numéro de port (1 à 65535).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number: use digits only, 1 to 65535.</source>
        <translation>&apos;%1&apos; n&apos;est pas un numéro de port : uniquement des chiffres, de 1 à 65535.</translation>
    </message>
</context>
<context>
    <name>netlab::KeyValueTable</name>
    <message>
        <source>Type in the empty row to add one; empty rows are ignored</source>
        <translation>Tapez dans la ligne vide pour en ajouter une ; les lignes vides sont ignorées</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Remove selected rows of %1</source>
        <translation>Supprimer les lignes sélectionnées de %1</translation>
    </message>
</context>
<context>
    <name>netlab::LanguageManager</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>netlab::LedServer</name>
    <message>
        <source>LED server: %1</source>
        <translation>Serveur LED : %1</translation>
    </message>
    <message>
        <source>LED server: cannot listen on %1 port %2: %3</source>
        <translation>Serveur LED : impossible d’écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>error: too many clients, try again later
</source>
        <translation>erreur : trop de clients, réessayez plus tard
</translation>
    </message>
    <message>
        <source>error: send &quot;token &lt;T&gt;&quot; first (the agent&apos;s token, shown by its first start)
</source>
        <translation>erreur : envoyez d’abord &quot;token &lt;T&gt;&quot; (le jeton de l’agent, affiché à son premier démarrage)
</translation>
    </message>
    <message>
        <source>error: wrong token
</source>
        <translation>erreur : jeton incorrect
</translation>
    </message>
</context>
<context>
    <name>netlab::LocalBroker</name>
    <message>
        <source>mosquitto is not installed: sudo apt install mosquitto</source>
        <translation>mosquitto n&apos;est pas installé : sudo apt install mosquitto</translation>
    </message>
    <message>
        <source>no free loopback port: %1</source>
        <translation>aucun port libre en boucle locale : %1</translation>
    </message>
    <message>
        <source>cannot write the broker&apos;s configuration: %1</source>
        <translation>impossible d&apos;écrire la configuration du broker : %1</translation>
    </message>
    <message>
        <source>mosquitto could not start: %1</source>
        <translation>mosquitto n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>the local broker crashed</source>
        <translation>le broker local a planté</translation>
    </message>
    <message>
        <source>the local broker stopped (exit code %1): see its log</source>
        <translation>le broker local s&apos;est arrêté (code de sortie %1) : voir son journal</translation>
    </message>
</context>
<context>
    <name>netlab::MachineInfo</name>
    <message>
        <source>Loopback</source>
        <translation>Boucle locale</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuelle</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>SLIP</source>
        <translation>SLIP</translation>
    </message>
    <message>
        <source>CAN bus</source>
        <translation>Bus CAN</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>FDDI</source>
        <translation>FDDI</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Phonet</source>
        <translation>Phonet</translation>
    </message>
    <message>
        <source>IEEE 802.15.4</source>
        <translation>IEEE 802.15.4</translation>
    </message>
    <message>
        <source>6LoWPAN</source>
        <translation>6LoWPAN</translation>
    </message>
    <message>
        <source>WiMAX</source>
        <translation>WiMAX</translation>
    </message>
    <message>
        <source>FireWire</source>
        <translation>FireWire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en fonctionnement</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>boucle locale</translation>
    </message>
    <message>
        <source>point-to-point</source>
        <translation>point à point</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multicast</translation>
    </message>
</context>
<context>
    <name>netlab::MainWindow</name>
    <message>
        <source>NetLab Workbench</source>
        <translation>NetLab Workbench</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation>&amp;Enregistrer le journal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Connect / disconnect, start / stop</source>
        <translation>&amp;Connecter / déconnecter, démarrer / arrêter</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>E&amp;ffacer le journal</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About NetLab Workbench</source>
        <translation>À &amp;propos de NetLab Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The translation for this language is missing from this build.</source>
        <translation>La traduction pour cette langue manque dans cette version.</translation>
    </message>
    <message>
        <source>About NetLab Workbench</source>
        <translation>À propos de NetLab Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NetLab Workbench %1&lt;/h3&gt;&lt;p&gt;A workbench for network programming and small IoT labs: sockets, frames, chat, HTTP, serial links and sensors, with the bytes on the wire in view.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NetLab Workbench %1&lt;/h3&gt;&lt;p&gt;Un atelier pour la programmation réseau et les petits labos IoT : sockets, trames, chat, HTTP, liaisons série et capteurs, avec les octets qui passent sur le fil sous les yeux.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>netlab::MemoryGpioLine</name>
    <message>
        <source>GPIO%1 (simulated)</source>
        <translation>GPIO%1 (simulée)</translation>
    </message>
</context>
<context>
    <name>netlab::MqttClient</name>
    <message>
        <source>connection refused by %1: no MQTT broker listens there</source>
        <translation>connexion refusée par %1 : aucun broker MQTT n&apos;y écoute</translation>
    </message>
    <message>
        <source>%1 did not answer (timed out)</source>
        <translation>%1 n&apos;a pas répondu (délai dépassé)</translation>
    </message>
    <message>
        <source>%1 cannot be reached (no route to the host)</source>
        <translation>%1 est injoignable (pas de route vers l&apos;hôte)</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>la connexion à %1 a été perdue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 did not complete the MQTT connection within %2 s</source>
        <translation>%1 n&apos;a pas établi la connexion MQTT en %2 s</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>looking up the broker&apos;s address</source>
        <translation>recherche de l&apos;adresse du broker</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>en attente de reconnexion</translation>
    </message>
    <message>
        <source>connected to %1 (MQTT %2)</source>
        <translation>connecté à %1 (MQTT %2)</translation>
    </message>
    <message>
        <source>reconnecting to %1 in %2 s</source>
        <translation>reconnexion à %1 dans %2 s</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>the broker does not speak this MQTT version</source>
        <translation>le broker ne parle pas cette version de MQTT</translation>
    </message>
    <message>
        <source>the broker rejected the client id</source>
        <translation>le broker a rejeté l&apos;identifiant client</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>le broker est indisponible</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>this client is banned</source>
        <translation>ce client est banni</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>refusée (%1)</translation>
    </message>
    <message>
        <source>cannot create the MQTT client: %1</source>
        <translation>impossible de créer le client MQTT : %1</translation>
    </message>
    <message>
        <source>unusable connect options: %1</source>
        <translation>options de connexion inutilisables : %1</translation>
    </message>
    <message>
        <source>TLS: cannot use the CA file &apos;%1&apos;: %2</source>
        <translation>TLS : impossible d&apos;utiliser le fichier d&apos;AC « %1 » : %2</translation>
    </message>
    <message>
        <source>libmosquitto is not set up (no MqttLibrary in main)</source>
        <translation>libmosquitto n&apos;est pas initialisée (pas de MqttLibrary dans main)</translation>
    </message>
    <message>
        <source>give the broker&apos;s host name or address</source>
        <translation>indiquez le nom d&apos;hôte ou l&apos;adresse du broker</translation>
    </message>
    <message>
        <source>port 0 is not a broker&apos;s port</source>
        <translation>le port 0 n&apos;est pas un port de broker</translation>
    </message>
    <message>
        <source>a persistent session (clean session off) needs a client id</source>
        <translation>une session persistante (clean session désactivée) demande un identifiant client</translation>
    </message>
    <message>
        <source>keep-alive must be 5 to 65535 seconds</source>
        <translation>le keep-alive doit valoir de 5 à 65535 secondes</translation>
    </message>
    <message>
        <source>the last will&apos;s topic &apos;%1&apos; is not a valid topic</source>
        <translation>le topic du testament « %1 » n&apos;est pas un topic valide</translation>
    </message>
    <message>
        <source>QoS is 0, 1 or 2</source>
        <translation>la QoS vaut 0, 1 ou 2</translation>
    </message>
    <message>
        <source>cannot find the broker &apos;%1&apos; (DNS: %2)</source>
        <translation>broker « %1 » introuvable (DNS : %2)</translation>
    </message>
    <message>
        <source>cannot find the broker &apos;%1&apos; (DNS failure)</source>
        <translation>broker « %1 » introuvable (échec DNS)</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>%1 stopped answering (keep-alive timeout)</source>
        <translation>%1 ne répond plus (délai de keep-alive dépassé)</translation>
    </message>
    <message>
        <source>the broker %1 went away (connection lost)</source>
        <translation>le broker %1 a disparu (connexion perdue)</translation>
    </message>
    <message>
        <source>subscribe %1: %2</source>
        <translation>abonnement %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid topic filter (+ stands for one level, # for the rest and only at the end)</source>
        <translation>« %1 » n&apos;est pas un filtre de topic valide (+ remplace un niveau, # tout le reste et seulement à la fin)</translation>
    </message>
    <message>
        <source>unsubscribe: %1</source>
        <translation>désabonnement : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic to publish to (no + or #, not empty)</source>
        <translation>« %1 » n&apos;est pas un topic où publier (ni + ni #, non vide)</translation>
    </message>
    <message>
        <source>not connected: a QoS 0 message would be lost (connect first, or use QoS 1 to have it sent on connect)</source>
        <translation>non connecté : un message en QoS 0 serait perdu (connectez-vous d&apos;abord, ou utilisez la QoS 1 pour qu&apos;il parte à la connexion)</translation>
    </message>
    <message>
        <source>publish to %1: %2</source>
        <translation>publication sur %1 : %2</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2. Is the CA file the one that signed the broker&apos;s certificate, is that certificate for the name &apos;%3&apos;, and does the broker speak TLS on this port?</source>
        <translation>TLS avec %1 a échoué : %2. Le fichier de CA est-il bien celui qui a signé le certificat du broker, ce certificat est-il pour le nom « %3 », et le broker parle-t-il TLS sur ce port ?</translation>
    </message>
    <message>
        <source>the handshake did not complete</source>
        <translation>la négociation n’a pas abouti</translation>
    </message>
</context>
<context>
    <name>netlab::MqttCode</name>
    <message>
        <source>MQTT client: connects to the broker, subscribes to the topic filters, publishes one message and prints every message that arrives (Ctrl+C ends it).</source>
        <translation>Client MQTT : se connecte au broker, s’abonne aux filtres de sujets, publie un message et affiche chaque message qui arrive (Ctrl+C l’arrête).</translation>
    </message>
    <message>
        <source>MQTT client: connects to the broker, subscribes to the topic filters and prints every message that arrives (Ctrl+C ends it).</source>
        <translation>Client MQTT : se connecte au broker, s’abonne aux filtres de sujets et affiche chaque message qui arrive (Ctrl+C l’arrête).</translation>
    </message>
    <message>
        <source>MQTT client: connects to the broker and publishes one message.</source>
        <translation>Client MQTT : se connecte au broker et publie un message.</translation>
    </message>
    <message>
        <source>Needs paho-mqtt (Debian: apt install python3-paho-mqtt); runs with version 1.6 and 2.x.</source>
        <translation>Nécessite paho-mqtt (Debian : apt install python3-paho-mqtt) ; fonctionne avec les versions 1.6 et 2.x.</translation>
    </message>
    <message>
        <source>empty: the library makes one up</source>
        <translation>vide : la bibliothèque en invente un</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>None : les autorités de certification du système</translation>
    </message>
    <message>
        <source>(topic filter, QoS)</source>
        <translation>(filtre de sujet, QoS)</translation>
    </message>
    <message>
        <source>True: the broker keeps it as the topic&apos;s last value</source>
        <translation>True : le broker le garde comme dernière valeur du sujet</translation>
    </message>
    <message>
        <source>After a reconnect on_connect runs again: publish only the first time.</source>
        <translation>Après une reconnexion, on_connect s’exécute de nouveau : ne publier que la première fois.</translation>
    </message>
    <message>
        <source>Published to</source>
        <translation>Publié sur</translation>
    </message>
    <message>
        <source>The callbacks&apos; last arguments have defaults, so the same functions serve paho-mqtt 1.x and 2.x.</source>
        <translation>Les derniers arguments des callbacks ont des valeurs par défaut : les mêmes fonctions servent pour paho-mqtt 1.x et 2.x.</translation>
    </message>
    <message>
        <source>The broker refused the connection:</source>
        <translation>Le broker a refusé la connexion :</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>Subscribing here subscribes again after every reconnect.</source>
        <translation>S’abonner ici réabonne après chaque reconnexion.</translation>
    </message>
    <message>
        <source>Subscribed to</source>
        <translation>Abonné à</translation>
    </message>
    <message>
        <source>Subscribed first, so the program also sees its own message.</source>
        <translation>D’abord abonné : le programme voit aussi son propre message.</translation>
    </message>
    <message>
        <source>The payload is bytes: decode it as UTF-8, with U+FFFD for the bytes that are not.</source>
        <translation>Le contenu est fait d’octets : le décoder en UTF-8, avec U+FFFD pour les octets qui n’en sont pas.</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>The message is out (QoS 1 and 2: acknowledged): nothing more to do.</source>
        <translation>Le message est parti (QoS 1 et 2 : acquitté) : plus rien à faire.</translation>
    </message>
    <message>
        <source>paho-mqtt 2 asks which callback signatures the program uses; 1.x (Debian 12) does not know the question.</source>
        <translation>paho-mqtt 2 demande quelles signatures de callbacks le programme utilise ; la 1.x (Debian 12) ne connaît pas la question.</translation>
    </message>
    <message>
        <source>loop_forever() sends, receives, pings and reconnects until disconnect().</source>
        <translation>loop_forever() envoie, reçoit, envoie les pings et se reconnecte jusqu’à disconnect().</translation>
    </message>
</context>
<context>
    <name>netlab::MqttConnectForm</name>
    <message>
        <source>Broker port</source>
        <translation>Port du broker</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker :</translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation>Hôte du broker</translation>
    </message>
    <message>
        <source>made up by the library</source>
        <translation>inventé par la bibliothèque</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>&amp;Clean session (off: the broker keeps the session)</source>
        <translation>&amp;Clean session (désactivée : le broker garde la session)</translation>
    </message>
    <message>
        <source>Clean session</source>
        <translation>Clean session</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Keep-alive:</source>
        <translation>&amp;Keep-alive :</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA certificate (PEM); empty: the system&apos;s</source>
        <translation>certificat d&apos;AC (PEM) ; vide : ceux du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Last &amp;will topic:</source>
        <translation>Topic du &amp;testament :</translation>
    </message>
    <message>
        <source>Last will QoS</source>
        <translation>QoS du testament</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>Retain the last will</source>
        <translation>Retenir le testament</translation>
    </message>
    <message>
        <source>Last will &amp;message:</source>
        <translation>&amp;Message du testament :</translation>
    </message>
    <message>
        <source>Last will message</source>
        <translation>Message du testament</translation>
    </message>
</context>
<context>
    <name>netlab::MqttJsonPlots</name>
    <message>
        <source>more than %1 topics with JSON numbers: %2 and later ones are not plotted</source>
        <translation>plus de %1 sujets avec des nombres JSON : %2 et les suivants ne sont pas tracés</translation>
    </message>
    <message>
        <source>%1 has more than %2 numbers: only the first %2 are plotted</source>
        <translation>%1 a plus de %2 nombres : seuls les %2 premiers sont tracés</translation>
    </message>
    <message>
        <source>MQTT %1</source>
        <translation>MQTT %1</translation>
    </message>
</context>
<context>
    <name>netlab::MqttMessageLog</name>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
</context>
<context>
    <name>netlab::MqttPayloadView</name>
    <message>
        <source>Show the payload as</source>
        <translation>Afficher la charge utile en</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Arbre JSON</translation>
    </message>
    <message>
        <source>Struct format</source>
        <translation>Format struct</translation>
    </message>
    <message>
        <source>Sho&amp;w as:</source>
        <translation>&amp;Afficher en :</translation>
    </message>
    <message>
        <source>Select a message or a topic</source>
        <translation>Sélectionnez un message ou un topic</translation>
    </message>
    <message>
        <source>Payload as text</source>
        <translation>Charge utile en texte</translation>
    </message>
    <message>
        <source>Payload as hex</source>
        <translation>Charge utile en hexa</translation>
    </message>
    <message>
        <source>Payload as a JSON tree</source>
        <translation>Charge utile en arbre JSON</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>A Python struct format, for example &lt;diiiiffff</source>
        <translation>Un format struct de Python, par exemple &lt;diiiiffff</translation>
    </message>
    <message>
        <source>Payload decoded by the struct format</source>
        <translation>Charge utile décodée par le format struct</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n octet)</numerusform>
            <numerusform>%1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>pas du JSON : %1 au caractère %2</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
</context>
<context>
    <name>netlab::MqttPublishPanel</name>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic :</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Texte (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Publish QoS</source>
        <translation>QoS de publication</translation>
    </message>
    <message>
        <source>&amp;Retain</source>
        <translation>&amp;Retenir</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Charge utile :</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Annuler la publication</translation>
    </message>
    <message>
        <source>Publish progress</source>
        <translation>Progression de la publication</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Fois :</translation>
    </message>
    <message>
        <source>the payload is not JSON: %1 at character %2</source>
        <translation>la charge utile n&apos;est pas du JSON : %1 au caractère %2</translation>
    </message>
    <message>
        <source>the payload is not hex: %1</source>
        <translation>la charge utile n&apos;est pas de l&apos;hexa : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic to publish to (no + or #, not empty)</source>
        <translation>« %1 » n&apos;est pas un topic où publier (ni + ni #, non vide)</translation>
    </message>
    <message>
        <source>published %1 messages to %2</source>
        <translation>%1 messages publiés sur %2</translation>
    </message>
    <message>
        <source>publishing cancelled after %1 messages</source>
        <translation>publication annulée après %1 messages</translation>
    </message>
</context>
<context>
    <name>netlab::MqttTab</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect or disconnect (Ctrl+K)</source>
        <translation>Se connecter ou se déconnecter (Ctrl+K)</translation>
    </message>
    <message>
        <source>Start a &amp;local broker</source>
        <translation>Démarrer un broker &amp;local</translation>
    </message>
    <message>
        <source>Start a local broker</source>
        <translation>Démarrer un broker local</translation>
    </message>
    <message>
        <source>Run mosquitto on a free loopback port, for a lab without a broker</source>
        <translation>Lancer mosquitto sur un port libre en boucle locale, pour un labo sans broker</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Topic filter to subscribe to</source>
        <translation>Filtre de topic auquel s&apos;abonner</translation>
    </message>
    <message>
        <source>netlab/+/dht, lab/#</source>
        <translation>netlab/+/dht, lab/#</translation>
    </message>
    <message>
        <source>Subscription QoS</source>
        <translation>QoS de l&apos;abonnement</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;S&apos;abonner</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>&amp;Se désabonner</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Local broker log</source>
        <translation>Journal du broker local</translation>
    </message>
    <message>
        <source>The local broker&apos;s log</source>
        <translation>Le journal du broker local</translation>
    </message>
    <message>
        <source>Topic tree</source>
        <translation>Arbre des topics</translation>
    </message>
    <message>
        <source>a topic filter (+, #) or text</source>
        <translation>un filtre de topic (+, #) ou du texte</translation>
    </message>
    <message>
        <source>&amp;Show topics:</source>
        <translation>&amp;Topics affichés :</translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation>Topics affichés</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>Payload and publish</source>
        <translation>Charge utile et publication</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1</source>
        <translation>le broker a refusé l&apos;abonnement à %1</translation>
    </message>
    <message>
        <source>%1 messages, %2 topics</source>
        <translation>%1 messages, %2 topics</translation>
    </message>
    <message>
        <source>a local broker runs on 127.0.0.1:%1: press Connect</source>
        <translation>un broker local tourne sur 127.0.0.1:%1 : appuyez sur Se connecter</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>type a topic filter to subscribe to</source>
        <translation>tapez un filtre de topic auquel s&apos;abonner</translation>
    </message>
    <message>
        <source>select the subscriptions to end</source>
        <translation>sélectionnez les abonnements à terminer</translation>
    </message>
    <message>
        <source>Stop the &amp;local broker</source>
        <translation>Arrêter le broker &amp;local</translation>
    </message>
    <message>
        <source>Stop the local broker</source>
        <translation>Arrêter le broker local</translation>
    </message>
    <message>
        <source>Save the MQTT log</source>
        <translation>Enregistrer le journal MQTT</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>saved %1 messages to %2</source>
        <translation>%1 messages enregistrés dans %2</translation>
    </message>
    <message>
        <source>Received messages and live plot</source>
        <translation>Messages reçus et tracé en direct</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>Live plot</source>
        <translation>Tracé en direct</translation>
    </message>
    <message>
        <source>Plot true and false as &amp;1 and 0</source>
        <translation>Tracer true et false comme &amp;1 et 0</translation>
    </message>
    <message>
        <source>Plot true and false as 1 and 0</source>
        <translation>Tracer true et false comme 1 et 0</translation>
    </message>
    <message>
        <source>Numbers in JSON payloads are plotted by their path (sensors.temp, accel[0]); booleans too when this is on</source>
        <translation>Les nombres des contenus JSON sont tracés selon leur chemin (sensors.temp, accel[0]) ; les booléens aussi quand cette case est cochée</translation>
    </message>
</context>
<context>
    <name>netlab::MqttTopicTree</name>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Rate /s</source>
        <translation>Débit /s</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenu</translation>
    </message>
</context>
<context>
    <name>netlab::NameLookup</name>
    <message>
        <source>No such host: %1 — no address is registered for this name (check the spelling).</source>
        <translation>Hôte inconnu : %1 — aucune adresse n&apos;est enregistrée pour ce nom (vérifiez l&apos;orthographe).</translation>
    </message>
    <message>
        <source>No DNS server answered for %1 (%2) — check the network connection and the DNS settings.</source>
        <translation>Aucun serveur DNS n&apos;a répondu pour %1 (%2) — vérifiez la connexion réseau et les paramètres DNS.</translation>
    </message>
    <message>
        <source>Lookup of %1 failed: %2</source>
        <translation>La résolution de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 exists but has no IPv4 or IPv6 address.</source>
        <translation>%1 existe mais n&apos;a pas d&apos;adresse IPv4 ni IPv6.</translation>
    </message>
    <message>
        <source>%1 is an address, not a name: choose PTR to find the name registered for it.</source>
        <translation>%1 est une adresse, pas un nom : choisissez PTR pour trouver le nom enregistré pour elle.</translation>
    </message>
    <message>
        <source>the system&apos;s DNS server</source>
        <translation>le serveur DNS du système</translation>
    </message>
    <message>
        <source>No name is registered for the address %1 (the DNS has no PTR record for %2).</source>
        <translation>Aucun nom n&apos;est enregistré pour l&apos;adresse %1 (le DNS n&apos;a pas d&apos;enregistrement PTR pour %2).</translation>
    </message>
    <message>
        <source>No such host: %1 does not exist in the DNS.</source>
        <translation>Hôte inconnu : %1 n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <source>No DNS server could be asked (%1) — check the network connection and the DNS settings.</source>
        <translation>Aucun serveur DNS n&apos;a pu être interrogé (%1) — vérifiez la connexion réseau et les paramètres DNS.</translation>
    </message>
    <message>
        <source>No usable answer from %1 for %2 (%3) — the DNS server may be unreachable: check the network connection.</source>
        <translation>Pas de réponse exploitable de %1 pour %2 (%3) — le serveur DNS est peut-être injoignable : vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>%1 failed to answer for %2 (server failure) — try again later or ask another DNS server.</source>
        <translation>%1 n&apos;a pas su répondre pour %2 (échec du serveur) — réessayez plus tard ou interrogez un autre serveur DNS.</translation>
    </message>
    <message>
        <source>%1 refused to answer for %2.</source>
        <translation>%1 a refusé de répondre pour %2.</translation>
    </message>
    <message>
        <source>The question for %1 is not valid: %2</source>
        <translation>La question pour %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>%1 exists but has no %2 record.</source>
        <translation>%1 existe mais n&apos;a pas d&apos;enregistrement %2.</translation>
    </message>
    <message>
        <source>the DNS server</source>
        <translation>le serveur DNS</translation>
    </message>
    <message>
        <source>the DNS server %1</source>
        <translation>le serveur DNS %1</translation>
    </message>
    <message>
        <source>No answer from %1 for %2 within %3 s — the server does not answer: check the network connection or try another DNS server.</source>
        <translation>Pas de réponse de %1 pour %2 en %3 s — le serveur ne répond pas : vérifiez la connexion réseau ou essayez un autre serveur DNS.</translation>
    </message>
    <message>
        <source>No answer for %1 within %2 s — no DNS server answers: check the network connection and the DNS settings.</source>
        <translation>Pas de réponse pour %1 en %2 s — aucun serveur DNS ne répond : vérifiez la connexion réseau et les paramètres DNS.</translation>
    </message>
</context>
<context>
    <name>netlab::PayloadEdit</name>
    <message>
        <source>Paste refused: the clipboard holds %1 characters, this field takes %2. Use Send file… for large payloads.</source>
        <translation>Collage refusé : le presse-papiers contient %1 caractères, ce champ en accepte %2. Utilisez Envoyer un fichier… pour les grosses charges utiles.</translation>
    </message>
    <message>
        <source>Paste refused: the selection is larger than this field takes. Use Send file… for large payloads.</source>
        <translation>Collage refusé : la sélection dépasse ce que ce champ accepte. Utilisez Envoyer un fichier… pour les grosses charges utiles.</translation>
    </message>
</context>
<context>
    <name>netlab::PinMap</name>
    <message>
        <source>&apos;%1&apos; is not a pin: write a BCM number such as GPIO4, or a physical pin such as pin7</source>
        <translation>&apos;%1&apos; n&apos;est pas une broche : écrivez un numéro BCM comme GPIO4, ou une broche physique comme pin7</translation>
    </message>
    <message>
        <source>physical pin %1 does not exist: the header has pins 1 to 40</source>
        <translation>la broche physique %1 n&apos;existe pas : le connecteur a les broches 1 à 40</translation>
    </message>
    <message>
        <source>physical pin %1 is a power or ground pin, not a GPIO</source>
        <translation>la broche physique %1 est une broche d&apos;alimentation ou de masse, pas une GPIO</translation>
    </message>
    <message>
        <source>GPIO%1 is not on the 40-pin header (BCM numbers 0 to 27)</source>
        <translation>GPIO%1 n&apos;est pas sur le connecteur 40 broches (numéros BCM 0 à 27)</translation>
    </message>
    <message>
        <source>GPIO%1 (not on the header)</source>
        <translation>GPIO%1 (pas sur le connecteur)</translation>
    </message>
    <message>
        <source>GPIO%1 (physical pin %2)</source>
        <translation>GPIO%1 (broche physique %2)</translation>
    </message>
</context>
<context>
    <name>netlab::PlotControls</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the charts (samples keep arriving and are kept)</source>
        <translation>Figer les graphiques (les échantillons continuent d&apos;arriver et sont gardés)</translation>
    </message>
    <message>
        <source>Follow &amp;live</source>
        <translation>Suivre en &amp;direct</translation>
    </message>
    <message>
        <source>Back to the moving window after zooming (End). Zoom: drag or wheel over a chart, or + and -; move with the arrow keys; Shift+arrows move the readout.</source>
        <translation>Revenir à la fenêtre qui défile après un zoom (Fin). Zoom : glisser ou molette sur un graphique, ou + et - ; se déplacer avec les flèches ; Maj+flèches déplacent la lecture des valeurs.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the window as CSV</source>
        <translation>Exporter la fenêtre en CSV</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Enregistrer l&apos;&amp;image…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG or SVG image</source>
        <translation>Enregistrer les graphiques en image PNG ou SVG</translation>
    </message>
    <message>
        <source>Zoomed to %1 – %2: the charts hold still; Follow live (End) goes back to the moving window</source>
        <translation>Zoom sur %1 – %2 : les graphiques restent fixes ; Suivre en direct (Fin) revient à la fenêtre qui défile</translation>
    </message>
    <message>
        <source>Following the live data</source>
        <translation>Suivi des données en direct</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
    </message>
    <message>
        <source>Pause the charts</source>
        <translation>Mettre les graphiques en pause</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Suivre en direct</translation>
    </message>
</context>
<context>
    <name>netlab::PortCheck</name>
    <message>
        <source>every interface (0.0.0.0 and ::)</source>
        <translation>toutes les interfaces (0.0.0.0 et ::)</translation>
    </message>
    <message>
        <source>%1 port %2 is free on %3: a server can bind it.</source>
        <translation>Le port %1 %2 est libre sur %3 : un serveur peut s&apos;y lier.</translation>
    </message>
    <message>
        <source>Note: ports below 1024 need administrator rights; this program has them.</source>
        <translation>Remarque : les ports inférieurs à 1024 demandent les droits d&apos;administrateur ; ce programme les a.</translation>
    </message>
    <message>
        <source>%1 port %2 is in use: another program has bound it (binding it on %3 failed).</source>
        <translation>Le port %1 %2 est occupé : un autre programme s&apos;y est lié (la liaison sur %3 a échoué).</translation>
    </message>
    <message>
        <source>%1 port %2 cannot be bound without administrator rights (ports below 1024 are privileged); it may be free for a server started as root.</source>
        <translation>Le port %1 %2 ne peut pas être lié sans les droits d&apos;administrateur (les ports inférieurs à 1024 sont privilégiés) ; il est peut-être libre pour un serveur lancé en root.</translation>
    </message>
    <message>
        <source>%1 port %2: permission denied (%3).</source>
        <translation>Port %1 %2 : permission refusée (%3).</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine.</source>
        <translation>%1 n&apos;est pas une adresse de cette machine.</translation>
    </message>
    <message>
        <source>%1 port %2 could not be checked: %3</source>
        <translation>Le port %1 %2 n&apos;a pas pu être vérifié : %3</translation>
    </message>
</context>
<context>
    <name>netlab::PythonCode</name>
    <message>
        <source>Generated by NetLab Workbench.</source>
        <translation>Généré par NetLab Workbench.</translation>
    </message>
</context>
<context>
    <name>netlab::ReadingStore</name>
    <message>
        <source>the SQLite driver of QtSql is missing (install libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite de QtSql manque (installez libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>cannot prepare the database %1: %2</source>
        <translation>impossible de préparer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>the reading store is not open</source>
        <translation>le stockage des relevés n&apos;est pas ouvert</translation>
    </message>
    <message numerus="yes">
        <source>cannot store a reading in %1: %2 — %n reading(s) kept in memory until it can be written</source>
        <translation>
            <numerusform>impossible d&apos;enregistrer une mesure dans %1 : %2 — %n mesure gardée en mémoire jusqu&apos;à ce qu&apos;elle puisse être écrite</numerusform>
            <numerusform>impossible d&apos;enregistrer une mesure dans %1 : %2 — %n mesures gardées en mémoire jusqu&apos;à ce qu&apos;elles puissent être écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot limit %1: %2</source>
        <translation>impossible de limiter %1 : %2</translation>
    </message>
    <message>
        <source>cannot query %1: %2</source>
        <translation>impossible d&apos;interroger %1 : %2</translation>
    </message>
    <message>
        <source>cannot apply the retention to %1: %2</source>
        <translation>impossible d&apos;appliquer la rétention à %1 : %2</translation>
    </message>
    <message>
        <source>migrating to sequence numbers: %1</source>
        <translation>migration vers les numéros de séquence : %1</translation>
    </message>
</context>
<context>
    <name>netlab::Screenshotter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) written to %1</source>
        <translation>
            <numerusform>%n capture d&apos;écran écrite dans %1</numerusform>
            <numerusform>%n captures d&apos;écran écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the sensor did not answer</source>
        <translation>le capteur n’a pas répondu</translation>
    </message>
</context>
<context>
    <name>netlab::SendPanel</name>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CR LF (\r\n)</source>
        <translation>CR LF (\r\n)</translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation>CR (\r)</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Pas de fin de ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Payload kind</source>
        <translation>Type de charge utile</translation>
    </message>
    <message>
        <source>Send text with a line ending, or raw bytes written in hex</source>
        <translation>Envoyer du texte avec une fin de ligne, ou des octets bruts écrits en hexadécimal</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Texte à envoyer</translation>
    </message>
    <message>
        <source>Text to send, e.g. Hello</source>
        <translation>Texte à envoyer, par ex. Bonjour</translation>
    </message>
    <message>
        <source>Bytes to send in hex</source>
        <translation>Octets à envoyer en hexadécimal</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Fin de ligne</translation>
    </message>
    <message>
        <source>Appended to the text: a line-based peer (readline) waits for it</source>
        <translation>Ajoutée au texte : un pair qui lit par lignes (readline) l&apos;attend</translation>
    </message>
    <message>
        <source>Text encoding for sending</source>
        <translation>Encodage du texte à l&apos;envoi</translation>
    </message>
    <message>
        <source>How the text becomes bytes (str.encode); characters the encoding cannot carry are refused</source>
        <translation>Comment le texte devient des octets (str.encode) ; les caractères que l&apos;encodage ne peut pas représenter sont refusés</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Enter in the field, or Ctrl+Return)</source>
        <translation>Envoyer (Entrée dans le champ, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Nothing to send: type bytes in hex, e.g. 48 65 6c 6c 6f</source>
        <translation>Rien à envoyer : tapez des octets en hexadécimal, par ex. 48 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Nothing to send: the text is empty and no line ending is chosen</source>
        <translation>Rien à envoyer : le texte est vide et aucune fin de ligne n&apos;est choisie</translation>
    </message>
    <message>
        <source>Hello</source>
        <extracomment>The text a send field starts with, as a student would type it</extracomment>
        <translation>Bonjour</translation>
    </message>
</context>
<context>
    <name>netlab::SensorNodeDecoder</name>
    <message>
        <source>The packet length must be 1 to %1 bytes, not %2.</source>
        <translation>La longueur du paquet doit être de 1 à %1 octets, pas %2.</translation>
    </message>
    <message>
        <source>The magic (%1 bytes) is longer than a packet or than %2 bytes.</source>
        <translation>Le nombre magique (%1 octets) est plus long qu&apos;un paquet ou que %2 octets.</translation>
    </message>
    <message>
        <source>Packet format: %1</source>
        <translation>Format du paquet : %1</translation>
    </message>
    <message>
        <source>The format &apos;%1&apos; describes %2 bytes; a packet is %3 bytes.</source>
        <translation>Le format &apos;%1&apos; décrit %2 octets ; un paquet fait %3 octets.</translation>
    </message>
    <message>
        <source>The sequence field %1 does not exist: the format has %2 values.</source>
        <translation>Le champ de séquence %1 n&apos;existe pas : le format a %2 valeurs.</translation>
    </message>
    <message>
        <source>The sequence field &apos;%1&apos; is not an integer.</source>
        <translation>Le champ de séquence &apos;%1&apos; n&apos;est pas un entier.</translation>
    </message>
    <message>
        <source>The largest sequence gap must be at least 1.</source>
        <translation>Le plus grand saut de séquence doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>bad packet: it starts with %1 instead of the magic %2</source>
        <translation>mauvais paquet : il commence par %1 au lieu du nombre magique %2</translation>
    </message>
    <message>
        <source>bad packet: pad byte %1 is 0x%2, not 0 (a byte was lost or added on the way)</source>
        <translation>mauvais paquet : l&apos;octet de bourrage %1 vaut 0x%2, pas 0 (un octet a été perdu ou ajouté en route)</translation>
    </message>
    <message>
        <source>bad packet: sequence %1 after %2</source>
        <translation>mauvais paquet : séquence %1 après %2</translation>
    </message>
</context>
<context>
    <name>netlab::SensorNodeForm</name>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Bytes as in Python: \n \r \t \0 \\ \xHH</source>
        <translation>Octets comme en Python : \n \r \t \0 \\ \xHH</translation>
    </message>
    <message>
        <source>St&amp;art command:</source>
        <translation>Commande de dé&amp;marrage :</translation>
    </message>
    <message>
        <source>Stop co&amp;mmand:</source>
        <translation>Commande d&apos;&amp;arrêt :</translation>
    </message>
    <message>
        <source>Ac&amp;knowledgement:</source>
        <translation>Ac&amp;quittement :</translation>
    </message>
    <message>
        <source>Empty: packets are not acknowledged</source>
        <translation>Vide : les paquets ne sont pas acquittés</translation>
    </message>
    <message>
        <source>Ma&amp;gic:</source>
        <translation>Nombre ma&amp;gique :</translation>
    </message>
    <message>
        <source>The bytes every packet starts with; the session resynchronises on them</source>
        <translation>Les octets par lesquels commence chaque paquet ; la session s&apos;y resynchronise</translation>
    </message>
    <message>
        <source>Packet &amp;length:</source>
        <translation>&amp;Longueur du paquet :</translation>
    </message>
    <message>
        <source>Bytes per packet</source>
        <translation>Octets par paquet</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>Packet co&amp;unt:</source>
        <translation>Nombre de paque&amp;ts :</translation>
    </message>
    <message>
        <source>Packets to receive before STOP; 0: until stopped</source>
        <translation>Paquets à recevoir avant STOP ; 0 : jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>The packet&apos;s layout as a Python struct format, e.g. &lt;4sII6f28x</source>
        <translation>La structure du paquet sous forme de format struct Python, par ex. &lt;4sII6f28x</translation>
    </message>
    <message>
        <source>Field nam&amp;es:</source>
        <translation>Noms des c&amp;hamps :</translation>
    </message>
    <message>
        <source>One name per value, separated by commas</source>
        <translation>Un nom par valeur, séparés par des virgules</translation>
    </message>
    <message>
        <source>Se&amp;quence field:</source>
        <translation>Champ de s&amp;équence :</translation>
    </message>
    <message>
        <source>Index of the sequence number among the values; none: no sequence check</source>
        <translation>Indice du numéro de séquence parmi les valeurs ; aucun : pas de vérification de séquence</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>A silent node ends the session after this long</source>
        <translation>Un nœud silencieux termine la session au bout de ce délai</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Restore the default protocol settings</source>
        <translation>Rétablir les paramètres de protocole par défaut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Commande de démarrage</translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation>Commande d&apos;arrêt</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <source>Magic</source>
        <translation>Nombre magique</translation>
    </message>
</context>
<context>
    <name>netlab::SensorNodePacketModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>netlab::SensorNodePlots</name>
    <message>
        <source>Sensor node packets (%1)</source>
        <translation>Paquets du nœud capteur (%1)</translation>
    </message>
</context>
<context>
    <name>netlab::SensorNodeSession</name>
    <message>
        <source>Stop the session before changing its settings.</source>
        <translation>Arrêtez la session avant de modifier ses paramètres.</translation>
    </message>
    <message>
        <source>The packet count must be 0 (until stopped) to %1, not %2.</source>
        <translation>Le nombre de paquets doit être de 0 (jusqu&apos;à l&apos;arrêt) à %1, pas %2.</translation>
    </message>
    <message>
        <source>The timeout must be %1 ms to %2 ms, not %3 ms.</source>
        <translation>Le délai d&apos;attente doit être de %1 ms à %2 ms, pas %3 ms.</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Une session est déjà en cours.</translation>
    </message>
    <message>
        <source>Open the serial port first, then start the session.</source>
        <translation>Ouvrez d&apos;abord le port série, puis démarrez la session.</translation>
    </message>
    <message>
        <source>The start command could not be sent: %1</source>
        <translation>La commande de démarrage n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n packet(s).</source>
        <translation>
            <numerusform>Arrêtée après %n paquet.</numerusform>
            <numerusform>Arrêtée après %n paquets.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 packets received.</source>
        <translation>Les %1 paquets ont tous été reçus.</translation>
    </message>
    <message>
        <source>The node sent nothing for %1 s: session ended after %2 of %3 packets. Is it switched on and does it answer %4?</source>
        <translation>Le nœud n&apos;a rien envoyé depuis %1 s : session terminée après %2 paquets sur %3. Est-il allumé et répond-il à %4 ?</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>The port closed during the session (%1); the %2 packets received are kept.</source>
        <translation>Le port s&apos;est fermé pendant la session (%1) ; les %2 paquets reçus sont conservés.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>netlab::SensorsTab</name>
    <message>
        <source>only for the LED</source>
        <translation>seulement pour la LED</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>&amp;LED on</source>
        <translation>&amp;LED allumée</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Temperature chart</source>
        <translation>Graphique de température</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Humidité</translation>
    </message>
    <message>
        <source>Humidity chart</source>
        <translation>Graphique d&apos;humidité</translation>
    </message>
    <message>
        <source>Switching the LED on…</source>
        <translation>Allumage de la LED…</translation>
    </message>
    <message>
        <source>Switching the LED off…</source>
        <translation>Extinction de la LED…</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>LED on</source>
        <translation>LED allumée</translation>
    </message>
    <message>
        <source>LED off</source>
        <translation>LED éteinte</translation>
    </message>
    <message>
        <source>The LED was not switched: %1</source>
        <translation>La LED n&apos;a pas été commutée : %1</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Capteurs</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline, reconnecting</source>
        <translation>hors ligne, reconnexion</translation>
    </message>
    <message>
        <source> · last reading %1</source>
        <translation> · dernière mesure %1</translation>
    </message>
    <message>
        <source> · sensor failures: %1</source>
        <translation> · échecs du capteur : %1</translation>
    </message>
    <message>
        <source>Now %1 °C, %2 %   ·   window: %3 readings, temperature %4…%5 °C (mean %6), humidity %7…%8 % (mean %9)</source>
        <translation>Actuellement %1 °C, %2 %   ·   fenêtre : %3 mesures, température %4…%5 °C (moyenne %6), humidité %7…%8 % (moyenne %9)</translation>
    </message>
    <message>
        <source>No readings in this window yet</source>
        <translation>Pas encore de mesure dans cette fenêtre</translation>
    </message>
    <message>
        <source>Export readings</source>
        <translation>Exporter les mesures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Readings saved to %1</source>
        <translation>Mesures enregistrées dans %1</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1 : l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>Charts saved to %1</source>
        <translation>Graphiques enregistrés dans %1</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulé)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>&amp;Ajouter l’agent</translation>
    </message>
    <message numerus="yes">
        <source>Follow the agent at this address too (up to %n agent(s))</source>
        <translation>
            <numerusform>Suivre aussi l’agent à cette adresse (%n agent au plus)</numerusform>
            <numerusform>Suivre aussi l’agent à cette adresse (%n agents au plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Sensor failures</source>
        <translation>Échecs du capteur</translation>
    </message>
    <message>
        <source>Connect to the selected agent or disconnect (Ctrl+K)</source>
        <translation>Se connecter à l’agent sélectionné ou se déconnecter (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected agent</source>
        <translation>Retirer l’agent sélectionné</translation>
    </message>
    <message>
        <source>Switch the selected agent&apos;s LED (needs the token; Ctrl+Return)</source>
        <translation>Allumer ou éteindre la LED de l’agent sélectionné (jeton nécessaire ; Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 removed; its readings are forgotten here (the agent keeps them)</source>
        <translation>%1 retiré ; ses mesures sont oubliées ici (l’agent les garde)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stored reading(s) fetched; following the live stream</source>
        <translation>
            <numerusform>%1 : %n mesure enregistrée récupérée ; suivi du flux en direct</numerusform>
            <numerusform>%1 : %n mesures enregistrées récupérées ; suivi du flux en direct</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensor failure on %1 (%2): %3</source>
        <translation>Échec du capteur sur %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>The tab follows %n agent(s) at most; remove one first.</source>
        <translation>
            <numerusform>L’onglet suit %n agent au plus ; retirez-en un d’abord.</numerusform>
            <numerusform>L’onglet suit %n agents au plus ; retirez-en un d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is followed already</source>
        <translation>%1 est déjà suivi</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
    <message>
        <source>This agent has no LED: %1</source>
        <translation>Cet agent n’a pas de LED : %1</translation>
    </message>
    <message>
        <source>%1 — built in</source>
        <translation>%1 — intégré</translation>
    </message>
    <message>
        <source>%1 °C, %2 %</source>
        <translation>%1 °C, %2 %</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>No agent: type the address of a Pi running netlab-agent (port %1) and choose Add agent.</source>
        <translation>Aucun agent : tapez l’adresse d’un Pi qui exécute netlab-agent (port %1) et choisissez Ajouter l’agent.</translation>
    </message>
    <message>
        <source>Agent %1: %2</source>
        <translation>Agent %1 : %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>gaps in view: %1 with the sensor failing (hatched), %2 with no word from the agent (shaded)</source>
        <translation>trous visibles : %1 où le capteur échouait (hachurés), %2 sans nouvelles de l’agent (ombrés)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1: the sensor has been failing since %2 (%3) — the agent reports failed reads and stores no value</source>
        <translation>%1 : le capteur échoue depuis %2 (%3) — l’agent signale des lectures ratées et n’enregistre aucune valeur</translation>
    </message>
    <message>
        <source>%1: no reading since %2 (%3) — the agent is offline or unreachable</source>
        <translation>%1 : aucune mesure depuis %2 (%3) — l’agent est hors ligne ou injoignable</translation>
    </message>
    <message>
        <source>%1: the sensor failed from %2 to %3 (%4) — no value was stored</source>
        <translation>%1 : le capteur a échoué de %2 à %3 (%4) — aucune valeur n’a été enregistrée</translation>
    </message>
    <message>
        <source>%1: no readings from %2 to %3 (%4) — the agent was offline or unreachable</source>
        <translation>%1 : aucune mesure de %2 à %3 (%4) — l’agent était hors ligne ou injoignable</translation>
    </message>
    <message numerus="yes">
        <source> · %n malformed message(s) from the agent ignored</source>
        <translation>
            <numerusform> · %n message malformé de l’agent ignoré</numerusform>
            <numerusform> · %n messages malformés de l’agent ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop following the selected agent (Delete in the list)</source>
        <translation>Ne plus suivre l’agent sélectionné (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>The agent refused the LED: %1. Paste the token that `sudo netlab-agent token` shows on the Pi into Token.</source>
        <translation>L&apos;agent a refusé la LED : %1. Collez dans Jeton le jeton qu&apos;affiche `sudo netlab-agent token` sur le Pi.</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>netlab::SerialLink</name>
    <message>
        <source>No serial port chosen: pick one from the list or type its name.</source>
        <translation>Aucun port série choisi : prenez-en un dans la liste ou tapez son nom.</translation>
    </message>
    <message>
        <source>%1: %2 is not a baud rate (1 to %3).</source>
        <translation>%1 : %2 n&apos;est pas un débit en bauds (1 à %3).</translation>
    </message>
    <message>
        <source>%1: the driver refuses %2 (%3).</source>
        <translation>%1 : le pilote refuse %2 (%3).</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 bauds</translation>
    </message>
    <message>
        <source>%1 data bits</source>
        <translation>%1 bits de données</translation>
    </message>
    <message>
        <source>this parity</source>
        <translation>cette parité</translation>
    </message>
    <message>
        <source>%1 stop bits</source>
        <translation>%1 bits d&apos;arrêt</translation>
    </message>
    <message>
        <source>this flow control</source>
        <translation>ce contrôle de flux</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>The serial port is not open: open it first.</source>
        <translation>Le port série n&apos;est pas ouvert : ouvrez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1: %2 bytes not sent, the device is not taking data fast enough (%3 bytes still waiting).</source>
        <translation>%1 : %2 octets non envoyés, le périphérique n&apos;accepte pas les données assez vite (%3 octets encore en attente).</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>%1: no such serial port. Is the device plugged in (and paired, for Bluetooth)? Check the name in the list of ports.</source>
        <translation>%1 : port série introuvable. Le périphérique est-il branché (et appairé, pour le Bluetooth) ? Vérifiez le nom dans la liste des ports.</translation>
    </message>
    <message>
        <source>%1: permission denied. Your user may not open serial ports: add it to the &apos;dialout&apos; group (sudo usermod -aG dialout $USER), then log out and in again.</source>
        <translation>%1 : permission refusée. Votre utilisateur n&apos;a pas le droit d&apos;ouvrir les ports série : ajoutez-le au groupe &apos;dialout&apos; (sudo usermod -aG dialout $USER), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1: the port is busy, another program has it open (a terminal, a script, a modem manager) — close it and try again (%2).</source>
        <translation>%1 : le port est occupé, un autre programme l&apos;a ouvert (un terminal, un script, un gestionnaire de modem) — fermez-le et réessayez (%2).</translation>
    </message>
    <message>
        <source>%1: the port is already open.</source>
        <translation>%1 : le port est déjà ouvert.</translation>
    </message>
    <message>
        <source>%1: the device was removed or disconnected (%2).</source>
        <translation>%1 : le périphérique a été retiré ou déconnecté (%2).</translation>
    </message>
    <message>
        <source>%1: reading failed, the device may have been removed (%2).</source>
        <translation>%1 : échec de la lecture, le périphérique a peut-être été retiré (%2).</translation>
    </message>
    <message>
        <source>%1: writing failed, the device may have been removed (%2).</source>
        <translation>%1 : échec de l&apos;écriture, le périphérique a peut-être été retiré (%2).</translation>
    </message>
    <message>
        <source>%1: the driver does not support this setting (%2).</source>
        <translation>%1 : le pilote ne prend pas en charge ce paramètre (%2).</translation>
    </message>
    <message>
        <source>%1: the port is not open.</source>
        <translation>%1 : le port n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>%1: timed out (%2).</source>
        <translation>%1 : délai dépassé (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>netlab::SerialTab</name>
    <message>
        <source>A port from the list, or any name or path (COM3, /dev/rfcomm0)</source>
        <translation>Un port de la liste, ou n&apos;importe quel nom ou chemin (COM3, /dev/rfcomm0)</translation>
    </message>
    <message>
        <source>Refresh the list of ports</source>
        <translation>Actualiser la liste des ports</translation>
    </message>
    <message>
        <source>The list also refreshes by itself every few seconds</source>
        <translation>La liste s&apos;actualise aussi d&apos;elle-même toutes les quelques secondes</translation>
    </message>
    <message>
        <source>A rate from the list or any other the device uses</source>
        <translation>Un débit de la liste ou tout autre débit qu&apos;utilise le périphérique</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impaire</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>RTS/CTS</source>
        <translation>RTS/CTS</translation>
    </message>
    <message>
        <source>XON/XOFF</source>
        <translation>XON/XOFF</translation>
    </message>
    <message>
        <source>Open or close the port (Ctrl+K)</source>
        <translation>Ouvrir ou fermer le port (Ctrl+K)</translation>
    </message>
    <message>
        <source>A sensor node in software on a pseudo-terminal, for doing the lab without hardware</source>
        <translation>Un nœud capteur logiciel sur un pseudo-terminal, pour faire le labo sans matériel</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Baud:</source>
        <translation>Dé&amp;bit :</translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation>Bits de &amp;données :</translation>
    </message>
    <message>
        <source>S&amp;top bits:</source>
        <translation>Bits d&apos;arr&amp;êt :</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>&amp;Contrôle de flux :</translation>
    </message>
    <message>
        <source>Terminal and sensor node</source>
        <translation>Terminal et nœud capteur</translation>
    </message>
    <message>
        <source>%1 open at %2</source>
        <translation>%1 ouvert à %2</translation>
    </message>
    <message>
        <source>Show time stamps</source>
        <translation>Afficher l&apos;horodatage</translation>
    </message>
    <message>
        <source>Sent before…</source>
        <translation>Envoyé précédemment…</translation>
    </message>
    <message>
        <source>Pick something sent before to send it again</source>
        <translation>Choisissez quelque chose d&apos;envoyé précédemment pour le renvoyer</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>Hi&amp;storique :</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <source>Export the packets as CSV</source>
        <translation>Exporter les paquets en CSV</translation>
    </message>
    <message>
        <source>Decoded packets</source>
        <translation>Paquets décodés</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No serial ports found: plug a device in, or start a simulated node.</source>
        <translation>Aucun port série trouvé : branchez un périphérique, ou démarrez un nœud simulé.</translation>
    </message>
    <message>
        <source>Pick a port from the list, or start a simulated node.</source>
        <translation>Choisissez un port dans la liste, ou démarrez un nœud simulé.</translation>
    </message>
    <message>
        <source>Not in the system&apos;s list of ports</source>
        <translation>Absent de la liste des ports du système</translation>
    </message>
    <message>
        <source>VID:PID %1</source>
        <translation>VID:PID %1</translation>
    </message>
    <message>
        <source>S/N %1</source>
        <translation>N° de série %1</translation>
    </message>
    <message>
        <source>No details from the system</source>
        <translation>Aucun détail fourni par le système</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a baud rate: type a whole number such as 115200.</source>
        <translation>&apos;%1&apos; n&apos;est pas un débit en bauds : tapez un nombre entier comme 115200.</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 fermé</translation>
    </message>
    <message>
        <source>Session started on %1: %2 sent, waiting for packets…</source>
        <translation>Session démarrée sur %1 : %2 envoyé, en attente des paquets…</translation>
    </message>
    <message>
        <source>Simulated node stopped</source>
        <translation>Nœud simulé arrêté</translation>
    </message>
    <message>
        <source>Simulated sensor node</source>
        <translation>Nœud capteur simulé</translation>
    </message>
    <message>
        <source>Simulated node on %1: press Start to run the session.</source>
        <translation>Nœud simulé sur %1 : appuyez sur Démarrer pour lancer la session.</translation>
    </message>
    <message>
        <source>No packets to export yet: run a session first.</source>
        <translation>Aucun paquet à exporter pour l&apos;instant : lancez d&apos;abord une session.</translation>
    </message>
    <message>
        <source>Export packets as CSV</source>
        <translation>Exporter les paquets en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) exported to %1</source>
        <translation>
            <numerusform>%n paquet exporté dans %1</numerusform>
            <numerusform>%n paquets exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The port is not open: open it first (Ctrl+K), then send.</source>
        <translation>Le port n&apos;est pas ouvert : ouvrez-le d&apos;abord (Ctrl+K), puis envoyez.</translation>
    </message>
    <message>
        <source>hex: %1</source>
        <translation>hexa : %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Stop simulated &amp;node</source>
        <translation>Arrêter le &amp;nœud simulé</translation>
    </message>
    <message>
        <source>Simulated &amp;node</source>
        <translation>&amp;Nœud simulé</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Arrêter la session</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Démarrer la session</translation>
    </message>
    <message>
        <source>Received: %1 bytes · Sent: %2 bytes</source>
        <translation>Reçus : %1 octets · Envoyés : %2 octets</translation>
    </message>
    <message>
        <source>%1/%2 packets</source>
        <translation>%1/%2 paquets</translation>
    </message>
    <message>
        <source>%1 packets</source>
        <translation>%1 paquets</translation>
    </message>
    <message>
        <source>Received: %1 · Acknowledged: %2 · Bad: %3 · Resyncs: %4 · Timeouts: %5 · %6 packets/s</source>
        <translation>Reçus : %1 · Acquittés : %2 · Mauvais : %3 · Resynchronisations : %4 · Délais dépassés : %5 · %6 paquets/s</translation>
    </message>
    <message>
        <source> · Missed: %1</source>
        <translation> · Manqués : %1</translation>
    </message>
    <message>
        <source> · Table keeps the last %1</source>
        <translation> · Le tableau garde les %1 derniers</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Parit&amp;y:</source>
        <translation>Parit&amp;é :</translation>
    </message>
    <message>
        <source>Sensor node</source>
        <translation>Nœud capteur</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Ti&amp;me stamps</source>
        <translation>&amp;Horodatage</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Déma&amp;rrer</translation>
    </message>
    <message>
        <source>Packet fields plot</source>
        <translation>Tracé des champs des paquets</translation>
    </message>
</context>
<context>
    <name>netlab::SerialTrafficRecorder</name>
    <message>
        <source>opened at %1</source>
        <translation>ouvert à %1</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>fermé : %1</translation>
    </message>
    <message>
        <source>sensor-node session started</source>
        <translation>session du nœud capteur démarrée</translation>
    </message>
    <message>
        <source>sensor-node session ended: %1</source>
        <translation>session du nœud capteur terminée : %1</translation>
    </message>
</context>
<context>
    <name>netlab::SimulatedDhtBackend</name>
    <message>
        <source>simulated %1</source>
        <translation>%1 simulé</translation>
    </message>
    <message>
        <source>simulated failure: the sensor did not answer</source>
        <translation>échec simulé : le capteur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>simulated failure: checksum mismatch</source>
        <translation>échec simulé : somme de contrôle incorrecte</translation>
    </message>
</context>
<context>
    <name>netlab::SimulatedSensorNode</name>
    <message>
        <source>No pseudo-terminal for the simulated node: %1</source>
        <translation>Pas de pseudo-terminal pour le nœud simulé : %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The simulated node needs pseudo-terminals, which this system does not have (Linux and macOS do).</source>
        <translation>Le nœud simulé a besoin de pseudo-terminaux, que ce système n&apos;a pas (Linux et macOS en ont).</translation>
    </message>
    <message>
        <source>Simulated node: writing failed: %1</source>
        <translation>Nœud simulé : échec de l&apos;écriture : %1</translation>
    </message>
</context>
<context>
    <name>netlab::SocketCode</name>
    <message>
        <source>Listening on port</source>
        <translation>En écoute sur le port</translation>
    </message>
    <message>
        <source>TCP client: connects to HOST on PORT, sends one message and prints the reply.</source>
        <translation>Client TCP : se connecte à HOST sur le port PORT, envoie un message et affiche la réponse.</translation>
    </message>
    <message>
        <source>bytes that ENCODING cannot represent: strict, replace or ignore</source>
        <translation>ce que ENCODING ne peut pas représenter : strict, replace ou ignore</translation>
    </message>
    <message>
        <source>create_connection() resolves the name and tries each address (IPv4 or IPv6) in turn.</source>
        <translation>create_connection() résout le nom et essaie chaque adresse (IPv4 ou IPv6) tour à tour.</translation>
    </message>
    <message>
        <source>sendall() loops until every byte is sent: send() may send only part of them.</source>
        <translation>sendall() boucle jusqu’à ce que tous les octets soient envoyés : send() peut n’en envoyer qu’une partie.</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>recv() returns what has arrived so far, at most 1024 bytes.</source>
        <translation>recv() renvoie ce qui est arrivé jusqu’ici, au plus 1024 octets.</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <source>TCP server: accepts many clients at once and prints what each one sends.</source>
        <translation>Serveur TCP : accepte plusieurs clients à la fois et affiche ce que chacun envoie.</translation>
    </message>
    <message>
        <source>TCP server: accepts many clients at once, prints what each one sends and acknowledges it.</source>
        <translation>Serveur TCP : accepte plusieurs clients à la fois, affiche ce que chacun envoie et en accuse réception.</translation>
    </message>
    <message>
        <source>TCP server: accepts many clients at once, prints what each one sends and echoes it.</source>
        <translation>Serveur TCP : accepte plusieurs clients à la fois, affiche ce que chacun envoie et le lui renvoie (écho).</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0 : n’importe quel port libre</translation>
    </message>
    <message>
        <source>Runs in its own thread for each client: a slow client does not keep the others waiting.</source>
        <translation>S’exécute dans un thread à part pour chaque client : un client lent ne fait pas attendre les autres.</translation>
    </message>
    <message>
        <source>Connected:</source>
        <translation>Connecté :</translation>
    </message>
    <message>
        <source>makefile() buffers the stream and hands out one complete line at a time, its end of line included.</source>
        <translation>makefile() met le flux en mémoire tampon et fournit une ligne complète à la fois, fin de ligne comprise.</translation>
    </message>
    <message>
        <source>recv() returns what has arrived so far: a chunk, not a message.</source>
        <translation>recv() renvoie ce qui est arrivé jusqu’ici : un morceau, pas un message.</translation>
    </message>
    <message>
        <source>empty: the client closed the connection</source>
        <translation>vide : le client a fermé la connexion</translation>
    </message>
    <message>
        <source>Disconnected:</source>
        <translation>Déconnecté :</translation>
    </message>
    <message>
        <source>The listening socket only accepts; each accept() returns a new, connected socket for one client.</source>
        <translation>La socket d’écoute ne fait qu’accepter ; chaque accept() renvoie une nouvelle socket, connectée, pour un client.</translation>
    </message>
    <message>
        <source>UDP listener: waits on every port at once with selectors (select) and prints each datagram, decoded.</source>
        <translation>Écoute UDP : attend sur tous les ports à la fois avec selectors (select) et affiche chaque datagramme, décodé.</translation>
    </message>
    <message>
        <source>One row per port: (port, decoder, details). A decoder is a text encoding with its error mode, &quot;hex&quot;, or a struct.Struct with one name per field (a format as in Python&apos;s struct module).</source>
        <translation>Une ligne par port : (port, décodeur, détails). Un décodeur est un encodage de texte avec son mode d’erreur, &quot;hex&quot;, ou un struct.Struct avec un nom par champ (un format comme dans le module struct de Python).</translation>
    </message>
    <message>
        <source>Listening on UDP port</source>
        <translation>En écoute sur le port UDP</translation>
    </message>
    <message>
        <source>select() sleeps until at least one socket has a datagram: no port waits for another.</source>
        <translation>select() dort jusqu’à ce qu’au moins une socket ait un datagramme : aucun port n’attend un autre.</translation>
    </message>
    <message>
        <source>One recvfrom() returns one whole datagram and who sent it.</source>
        <translation>Un recvfrom() renvoie un datagramme entier et son expéditeur.</translation>
    </message>
    <message>
        <source>bad frame, bytes:</source>
        <translation>trame invalide, octets :</translation>
    </message>
    <message>
        <source>expected:</source>
        <translation>attendus :</translation>
    </message>
    <message>
        <source>UDP sender: sends datagrams to HOST on PORT.</source>
        <translation>Émetteur UDP : envoie des datagrammes à HOST sur le port PORT.</translation>
    </message>
    <message>
        <source>pack() lays the values out as bytes exactly as the format says.</source>
        <translation>pack() range les valeurs en octets exactement comme le dit le format.</translation>
    </message>
    <message>
        <source>seconds between datagrams</source>
        <translation>secondes entre deux datagrammes</translation>
    </message>
    <message>
        <source>Sending to a broadcast address needs permission.</source>
        <translation>Envoyer à une adresse de diffusion (broadcast) demande une autorisation.</translation>
    </message>
    <message>
        <source>No connection: each sendto() sends one datagram, which may be lost.</source>
        <translation>Pas de connexion : chaque sendto() envoie un datagramme, qui peut se perdre.</translation>
    </message>
    <message>
        <source>Mini chat: %1, then both sides can type at any time. Lines are UTF-8 text, as with nc.</source>
        <translation>Mini chat : %1, puis chacun peut écrire à tout moment. Les lignes sont du texte UTF-8, comme avec nc.</translation>
    </message>
    <message>
        <source>waits for one classmate on PORT</source>
        <translation>attend un camarade sur le port PORT</translation>
    </message>
    <message>
        <source>joins the chat at HOST on PORT</source>
        <translation>rejoint le chat de HOST sur le port PORT</translation>
    </message>
    <message>
        <source>put before each line you send</source>
        <translation>mis devant chaque ligne envoyée</translation>
    </message>
    <message>
        <source>Runs in a thread: prints each line from the other side as soon as it arrives, while the main thread waits for what you type.</source>
        <translation>S’exécute dans un thread : affiche chaque ligne de l’autre côté dès qu’elle arrive, pendant que le thread principal attend ce que vous tapez.</translation>
    </message>
    <message>
        <source>The other side left.</source>
        <translation>L’autre côté est parti.</translation>
    </message>
    <message>
        <source>Each line typed (until Ctrl+D) goes out at once, ended by \n.</source>
        <translation>Chaque ligne tapée (jusqu’à Ctrl+D) part aussitôt, terminée par \n.</translation>
    </message>
    <message>
        <source>Done typing: say so (the other side sees the end of the stream) and read what is still coming.</source>
        <translation>Fini de taper : on le signale (l’autre côté voit la fin du flux) et on lit ce qui arrive encore.</translation>
    </message>
    <message>
        <source>Mini chat in netlab mode: %1, then both sides can type at any time. Each line on the wire is one JSON object (hello, msg, ack, typing, bye), as NetLab Workbench speaks it.</source>
        <translation>Mini chat en mode netlab : %1, puis chacun peut écrire à tout moment. Chaque ligne sur le réseau est un objet JSON (hello, msg, ack, typing, bye), comme le parle NetLab Workbench.</translation>
    </message>
    <message>
        <source>the name the others see</source>
        <translation>le nom que les autres voient</translation>
    </message>
    <message>
        <source>One JSON object per line, in UTF-8, ended by \n. Both threads send (messages, acknowledgements): one at a time.</source>
        <translation>Un objet JSON par ligne, en UTF-8, terminé par \n. Les deux threads envoient (messages, accusés de réception) : un à la fois.</translation>
    </message>
    <message>
        <source>Runs in a thread: prints each message from the other side as soon as it arrives, while the main thread waits for what you type.</source>
        <translation>Tourne dans un thread : affiche chaque message de l’autre côté dès qu’il arrive, pendant que le thread principal attend ce que vous tapez.</translation>
    </message>
    <message>
        <source>Not a JSON object (a plain-text peer): show the line as it is.</source>
        <translation>Pas un objet JSON (un correspondant en texte simple) : la ligne est affichée telle quelle.</translation>
    </message>
    <message>
        <source>is in the chat</source>
        <translation>est dans le chat</translation>
    </message>
    <message>
        <source>&quot;from&quot; is set when a host relays someone else&apos;s message.</source>
        <translation>« from » est rempli quand un hôte relaie le message de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The acknowledgement tells the sender&apos;s workbench that the message was shown.</source>
        <translation>L’accusé de réception indique au workbench de l’expéditeur que le message a été affiché.</translation>
    </message>
    <message>
        <source>is typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <source>left the chat</source>
        <translation>a quitté le chat</translation>
    </message>
    <message>
        <source>Say hello first: it tells the other side our nickname, and that we speak JSON lines.</source>
        <translation>Dire hello d’abord : cela donne notre pseudo à l’autre côté, et lui indique que nous parlons en lignes JSON.</translation>
    </message>
    <message>
        <source>Each line typed (until Ctrl+D) goes out at once as a msg with its own id. A terminal hands over a line only at Enter, so this program sends no typing notices.</source>
        <translation>Chaque ligne tapée (jusqu’à Ctrl+D) part aussitôt comme un msg avec son propre id. Un terminal ne transmet une ligne qu’à l’appui sur Entrée : ce programme n’envoie donc pas d’avis de saisie.</translation>
    </message>
    <message>
        <source>Done typing: say bye, end the stream, and read what is still coming.</source>
        <translation>Fin de la saisie : dire bye, fermer le flux, et lire ce qui arrive encore.</translation>
    </message>
    <message>
        <source>the other side has already closed the connection</source>
        <translation>l’autre côté a déjà fermé la connexion</translation>
    </message>
    <message>
        <source>recv() returns what has arrived so far, maybe only part of the reply: read until the end of the line (its last character: many servers end their lines with \n alone).</source>
        <translation>recv() renvoie ce qui est arrivé jusqu’ici, peut-être une partie seulement de la réponse : on lit jusqu’à la fin de ligne (son dernier caractère : beaucoup de serveurs finissent leurs lignes par \n seul).</translation>
    </message>
</context>
<context>
    <name>netlab::SocketError</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on %1</source>
        <translation>connexion refusée : rien n&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>host not found: %1 — check the name or the DNS settings</source>
        <translation>hôte introuvable : %1 — vérifiez le nom ou les paramètres DNS</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1 : permission refusée</translation>
    </message>
    <message>
        <source>%1: out of resources (too many open sockets?)</source>
        <translation>%1 : ressources épuisées (trop de sockets ouverts ?)</translation>
    </message>
    <message>
        <source>%1: timed out — no answer from the host</source>
        <translation>%1 : délai dépassé — pas de réponse de l&apos;hôte</translation>
    </message>
    <message>
        <source>%1: the peer reset the connection</source>
        <translation>%1 : le pair a réinitialisé la connexion</translation>
    </message>
    <message>
        <source>%1: network error</source>
        <translation>%1 : erreur réseau</translation>
    </message>
    <message>
        <source>%1: address already in use</source>
        <translation>%1 : adresse déjà utilisée</translation>
    </message>
    <message>
        <source>%1: the address is not an address of this machine</source>
        <translation>%1 : cette adresse n&apos;est pas une adresse de cette machine</translation>
    </message>
    <message>
        <source>%1: operation not supported (is IPv6 enabled?)</source>
        <translation>%1 : opération non prise en charge (IPv6 est-il activé ?)</translation>
    </message>
    <message>
        <source>%1: datagram too large</source>
        <translation>%1 : datagramme trop grand</translation>
    </message>
    <message>
        <source>%1: socket error</source>
        <translation>%1 : erreur de socket</translation>
    </message>
    <message>
        <source>port %1 on %2: address already in use — another program is listening there</source>
        <translation>port %1 sur %2 : adresse déjà utilisée — un autre programme y écoute</translation>
    </message>
    <message>
        <source>port %1: permission denied — ports below 1024 need administrator rights</source>
        <translation>port %1 : permission refusée — les ports inférieurs à 1024 demandent les droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>port %1 on %2: permission denied</source>
        <translation>port %1 sur %2 : permission refusée</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine — pick one of its interfaces, localhost or any</source>
        <translation>%1 n&apos;est pas une adresse de cette machine — choisissez une de ses interfaces, localhost ou toutes</translation>
    </message>
    <message>
        <source>cannot listen on %1: this address family is not supported here</source>
        <translation>impossible d&apos;écouter sur %1 : cette famille d&apos;adresses n&apos;est pas prise en charge ici</translation>
    </message>
    <message>
        <source>port %1 on %2: out of resources (too many open sockets?)</source>
        <translation>port %1 sur %2 : ressources épuisées (trop de sockets ouverts ?)</translation>
    </message>
    <message>
        <source>cannot listen on port %1 on %2</source>
        <translation>impossible d&apos;écouter sur le port %1 sur %2</translation>
    </message>
    <message>
        <source>connection refused by %1: nothing is listening on that port — is the server running, and is the port right?</source>
        <translation>connexion refusée par %1 : rien n’écoute sur ce port — le serveur tourne-t-il, et le port est-il le bon ?</translation>
    </message>
    <message>
        <source>%1 closed the connection before a complete HTTP answer — is this the right port for the service?</source>
        <translation>%1 a fermé la connexion avant une réponse HTTP complète — est-ce le bon port pour ce service ?</translation>
    </message>
    <message>
        <source>host not found: %1 — the name could not be resolved; check the spelling or the DNS settings</source>
        <translation>hôte introuvable : %1 — le nom n’a pas pu être résolu ; vérifiez l’orthographe ou les réglages DNS</translation>
    </message>
    <message>
        <source>%1: the request was cancelled</source>
        <translation>%1 : la requête a été annulée</translation>
    </message>
    <message>
        <source>%1: timed out — no answer from the host; is it switched on and on this network?</source>
        <translation>%1 : délai dépassé — aucune réponse de l’hôte ; est-il allumé et sur ce réseau ?</translation>
    </message>
    <message>
        <source>%1: the network cannot reach that host (no route, or the network is down) — is this machine connected?</source>
        <translation>%1 : le réseau ne peut pas atteindre cet hôte (pas de route, ou réseau coupé) — cette machine est-elle connectée ?</translation>
    </message>
    <message>
        <source>%1: the secure (TLS) connection failed — the certificate was not accepted, or that port does not speak https</source>
        <translation>%1 : la connexion sécurisée (TLS) a échoué — le certificat n’a pas été accepté, ou ce port ne parle pas https</translation>
    </message>
    <message>
        <source>%1: the proxy server failed — check the proxy settings, or do not use a proxy for lab addresses</source>
        <translation>%1 : le serveur mandataire a échoué — vérifiez les réglages du proxy, ou n’utilisez pas de proxy pour les adresses du labo</translation>
    </message>
    <message>
        <source>%1: the server answers but has no such page — is this the right port for the service?</source>
        <translation>%1 : le serveur répond mais n’a pas cette page — est-ce le bon port pour ce service ?</translation>
    </message>
    <message>
        <source>%1: the server wants a password or a token for this page</source>
        <translation>%1 : le serveur demande un mot de passe ou un jeton pour cette page</translation>
    </message>
    <message>
        <source>%1: the server refuses access to this page (forbidden)</source>
        <translation>%1 : le serveur refuse l’accès à cette page (interdit)</translation>
    </message>
    <message>
        <source>%1: the server does not allow this method on this page</source>
        <translation>%1 : le serveur n’autorise pas cette méthode sur cette page</translation>
    </message>
    <message>
        <source>%1: the server did not understand the request (bad request)</source>
        <translation>%1 : le serveur n’a pas compris la requête (requête incorrecte)</translation>
    </message>
    <message>
        <source>%1: the answer is not valid HTTP — is this the right port for the service?</source>
        <translation>%1 : la réponse n’est pas du HTTP valide — est-ce le bon port pour ce service ?</translation>
    </message>
    <message>
        <source>%1: unknown protocol — the address must start with http:// or https://</source>
        <translation>%1 : protocole inconnu — l’adresse doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>%1: the server failed while answering (internal server error) — its log says why</source>
        <translation>%1 : le serveur a échoué en répondant (erreur interne du serveur) — son journal dit pourquoi</translation>
    </message>
    <message>
        <source>%1: the service cannot answer right now (unavailable) — try again in a moment</source>
        <translation>%1 : le service ne peut pas répondre pour l’instant (indisponible) — réessayez dans un moment</translation>
    </message>
    <message>
        <source>%1: too many redirects — the server keeps sending the request elsewhere</source>
        <translation>%1 : trop de redirections — le serveur renvoie sans cesse la requête ailleurs</translation>
    </message>
    <message>
        <source>%1: the server redirected from https:// to plain http:// — not followed</source>
        <translation>%1 : le serveur a redirigé de https:// vers http:// en clair — non suivi</translation>
    </message>
    <message>
        <source>%1: the request failed</source>
        <translation>%1 : la requête a échoué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1</source>
        <translation>impossible d&apos;accepter une connexion : %1</translation>
    </message>
</context>
<context>
    <name>netlab::StatusLine</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status icon</source>
        <translation>Icône d&apos;état</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>netlab::StructFormat</name>
    <message>
        <source>format too long: %1 characters, at most %2</source>
        <translation>format trop long : %1 caractères, au plus %2</translation>
    </message>
    <message>
        <source>total struct size too long</source>
        <translation>taille totale de la structure trop grande</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>repeat count given without format specifier at position %1</source>
        <translation>nombre de répétitions donné sans spécificateur de format à la position %1</translation>
    </message>
    <message>
        <source>bad char in struct format at position %1: &apos;%2&apos;</source>
        <translation>caractère invalide dans le format struct à la position %1 : &apos;%2&apos;</translation>
    </message>
    <message>
        <source> (only in native mode: &apos;@&apos; or no prefix)</source>
        <translation> (seulement en mode natif : &apos;@&apos; ou sans préfixe)</translation>
    </message>
    <message>
        <source> (a byte-order prefix is only allowed as the first character)</source>
        <translation> (un préfixe d&apos;ordre des octets n&apos;est permis qu&apos;en premier caractère)</translation>
    </message>
    <message>
        <source> (no space between a count and its format character)</source>
        <translation> (pas d&apos;espace entre un nombre et son caractère de format)</translation>
    </message>
    <message>
        <source>too many values at position %1: at most %2</source>
        <translation>trop de valeurs à la position %1 : au plus %2</translation>
    </message>
    <message>
        <source>Drone frame (40 bytes)</source>
        <translation>Trame de drone (40 octets)</translation>
    </message>
    <message>
        <source>Serial sensor-node packet (64 bytes)</source>
        <translation>Paquet série du nœud capteur (64 octets)</translation>
    </message>
    <message>
        <source>%1 names for %2 values</source>
        <translation>%1 noms pour %2 valeurs</translation>
    </message>
    <message>
        <source>no value %1 (the format has %2)</source>
        <translation>pas de valeur %1 (le format en a %2)</translation>
    </message>
    <message>
        <source>%1 is not a float field; a timestamp is float seconds since the epoch</source>
        <translation>%1 n&apos;est pas un champ flottant ; un horodatage est un nombre flottant de secondes depuis l&apos;epoch</translation>
    </message>
    <message>
        <source>no format</source>
        <translation>pas de format</translation>
    </message>
    <message>
        <source>%1 bytes, format needs %2</source>
        <translation>%1 octets, le format en demande %2</translation>
    </message>
    <message>
        <source>pack expected %1 items for packing (got %2)</source>
        <translation>pack attendait %1 éléments à empaqueter (reçu %2)</translation>
    </message>
    <message>
        <source>frame too large to build: %1 bytes</source>
        <translation>trame trop grande à construire : %1 octets</translation>
    </message>
    <message>
        <source>value %1 (%2): %3</source>
        <translation>valeur %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the format needs %1 values, got %2</source>
        <translation>le format demande %1 valeurs, reçu %2</translation>
    </message>
    <message>
        <source>value %1 (%2): &apos;%3&apos; is not %4</source>
        <translation>valeur %1 (%2) : &apos;%3&apos; n&apos;est pas %4</translation>
    </message>
    <message>
        <source>a bool (true/false)</source>
        <translation>un booléen (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>value %1 (%2): argument out of range</source>
        <translation>valeur %1 (%2) : argument hors limites</translation>
    </message>
</context>
<context>
    <name>netlab::TcpClientSession</name>
    <message>
        <source>no host given</source>
        <translation>aucun hôte indiqué</translation>
    </message>
    <message>
        <source>port 0 is not a valid port</source>
        <translation>le port 0 n&apos;est pas un port valide</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>file send stopped: disconnecting</source>
        <translation>envoi du fichier arrêté : déconnexion</translation>
    </message>
    <message>
        <source>cannot send: not connected</source>
        <translation>envoi impossible : non connecté</translation>
    </message>
    <message>
        <source>cannot send %1: not connected</source>
        <translation>impossible d&apos;envoyer %1 : non connecté</translation>
    </message>
    <message>
        <source>a file is already being sent</source>
        <translation>un fichier est déjà en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>file send cancelled after %1 of %2 bytes</source>
        <translation>envoi du fichier annulé après %1 octets sur %2</translation>
    </message>
    <message>
        <source>file send failed: %1</source>
        <translation>échec de l&apos;envoi du fichier : %1</translation>
    </message>
    <message>
        <source>closed by peer</source>
        <translation>fermée par le pair</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse en %1 ms</translation>
    </message>
    <message>
        <source>the file became shorter while it was being sent</source>
        <translation>le fichier a raccourci pendant son envoi</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>sent %1 (%2 bytes)</source>
        <translation>%1 envoyé (%2 octets)</translation>
    </message>
</context>
<context>
    <name>netlab::TcpClientTab</name>
    <message>
        <source>Connect or disconnect (Ctrl+K)</source>
        <translation>Se connecter ou se déconnecter (Ctrl+K)</translation>
    </message>
    <message>
        <source>Send &amp;file…</source>
        <translation>Envoyer un &amp;fichier…</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>File sending progress</source>
        <translation>Progression de l&apos;envoi du fichier</translation>
    </message>
    <message>
        <source>%p% of the file sent</source>
        <translation>%p% du fichier envoyé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sending the file</source>
        <translation>Annuler l&apos;envoi du fichier</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Déconnecté : %1</translation>
    </message>
    <message>
        <source>TCP client disconnected: %1</source>
        <translation>Client TCP déconnecté : %1</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>Client TCP</translation>
    </message>
    <message>
        <source>Not connected: connect first (Ctrl+K), then send.</source>
        <translation>Non connecté : connectez-vous d&apos;abord (Ctrl+K), puis envoyez.</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Résolution de %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Connected to %1 from local port %2</source>
        <translation>Connecté à %1 depuis le port local %2</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>Closing the connection to %1…</source>
        <translation>Fermeture de la connexion à %1…</translation>
    </message>
    <message>
        <source>Received: %1 bytes · Sent: %2 bytes</source>
        <translation>Reçus : %1 octets · Envoyés : %2 octets</translation>
    </message>
</context>
<context>
    <name>netlab::TcpConnectCheck</name>
    <message>
        <source>No answer from %1 within %2 s: the host may be down, or a firewall drops the connection attempt.</source>
        <translation>Pas de réponse de %1 en %2 s : l&apos;hôte est peut-être éteint, ou un pare-feu bloque la tentative de connexion.</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms: a server is listening there.</source>
        <translation>Connecté à %1 en %2 ms : un serveur y écoute.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) in %3 ms (name lookup %4 ms): a server is listening there.</source>
        <translation>Connecté à %1 (%2) en %3 ms (résolution du nom %4 ms) : un serveur y écoute.</translation>
    </message>
    <message>
        <source>%1 (after %2 ms)</source>
        <translation>%1 (après %2 ms)</translation>
    </message>
</context>
<context>
    <name>netlab::TcpServer</name>
    <message>
        <source>server stopped</source>
        <translation>serveur arrêté</translation>
    </message>
    <message>
        <source>cannot send: client %1 is not connected</source>
        <translation>envoi impossible : le client %1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>disconnected by the server</source>
        <translation>déconnecté par le serveur</translation>
    </message>
    <message>
        <source>too many clients (at most %1)</source>
        <translation>trop de clients (au plus %1)</translation>
    </message>
    <message>
        <source>closed by peer</source>
        <translation>fermée par le pair</translation>
    </message>
</context>
<context>
    <name>netlab::TcpServerPool</name>
    <message>
        <source>too many clients (at most %1)</source>
        <translation>trop de clients (au plus %1)</translation>
    </message>
</context>
<context>
    <name>netlab::TcpServerTab</name>
    <message>
        <source>0.0.0.0 accepts clients on every network of this machine; 127.0.0.1 only from this machine. Any local address can be typed, e.g. 127.123.234.1.</source>
        <translation>0.0.0.0 accepte les clients de tous les réseaux de cette machine ; 127.0.0.1 seulement ceux de cette machine. On peut taper n&apos;importe quelle adresse locale, par ex. 127.123.234.1.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights</source>
        <translation>Les ports inférieurs à 1024 demandent les droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>Clients beyond this are accepted and closed at once</source>
        <translation>Au-delà, les clients sont acceptés puis fermés aussitôt</translation>
    </message>
    <message>
        <source>How many connections the system queues before the server accepts them (listen(backlog)); the course&apos;s scripts use 5</source>
        <translation>Nombre de connexions que le système met en file d&apos;attente avant que le serveur les accepte (listen(backlog)) ; les scripts du cours utilisent 5</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+K)</source>
        <translation>Démarrer ou arrêter l&apos;écoute (Ctrl+K)</translation>
    </message>
    <message>
        <source>No automatic reply</source>
        <translation>Pas de réponse automatique</translation>
    </message>
    <message>
        <source>Echo what arrives</source>
        <translation>Renvoyer ce qui arrive (écho)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>each received chunk (recv)</source>
        <translation>chaque bloc reçu (recv)</translation>
    </message>
    <message>
        <source>each complete line (readline)</source>
        <translation>chaque ligne complète (readline)</translation>
    </message>
    <message>
        <source>Escapes as in Python: \n \r \t \xHH</source>
        <translation>Échappements comme en Python : \n \r \t \xHH</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Adresse d&apos;écoute :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Max clients:</source>
        <translation>Clients &amp;max :</translation>
    </message>
    <message>
        <source>Back&amp;log:</source>
        <translation>Back&amp;log :</translation>
    </message>
    <message>
        <source>&amp;Automatic reply:</source>
        <translation>Réponse a&amp;utomatique :</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;pour</translation>
    </message>
    <message>
        <source>Ac&amp;knowledgement:</source>
        <translation>Ac&amp;quittement :</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Max clients</source>
        <translation>Clients max</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>&amp;Disconnect client</source>
        <translation>&amp;Déconnecter le client</translation>
    </message>
    <message>
        <source>Disconnect client</source>
        <translation>Déconnecter le client</translation>
    </message>
    <message>
        <source>To selected clients</source>
        <translation>Aux clients sélectionnés</translation>
    </message>
    <message>
        <source>To all clients</source>
        <translation>À tous les clients</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>%1 refusé : %2</translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation>Serveur TCP</translation>
    </message>
    <message>
        <source>Acknowledgement: %1</source>
        <translation>Acquittement : %1</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Déma&amp;rrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Listening socket %1 · backlog %2</source>
        <translation>Socket d&apos;écoute %1 · backlog %2</translation>
    </message>
    <message>
        <source>The listening socket only accepts connections; each client gets its own connected socket, listed below.</source>
        <translation>Le socket d&apos;écoute ne fait qu&apos;accepter les connexions ; chaque client reçoit son propre socket connecté, listé ci-dessous.</translation>
    </message>
    <message>
        <source>TCP server listening on %1</source>
        <translation>Serveur TCP à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Listening socket: not listening</source>
        <translation>Socket d&apos;écoute : pas à l&apos;écoute</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Connected socket %1</source>
        <translation>Socket connecté %1</translation>
    </message>
    <message>
        <source>No client is connected: nothing to send to.</source>
        <translation>Aucun client connecté : personne à qui envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s)</source>
        <translation>
            <numerusform>%n octet envoyé</numerusform>
            <numerusform>%n octets envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n client(s)</source>
        <translation>
            <numerusform>à %n client</numerusform>
            <numerusform>à %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a client in the list first, or choose &quot;To all clients&quot;.</source>
        <translation>Sélectionnez d&apos;abord un client dans la liste, ou choisissez « À tous les clients ».</translation>
    </message>
    <message>
        <source>Listening on %1 — clients can connect, e.g. %2</source>
        <translation>À l&apos;écoute sur %1 — les clients peuvent se connecter, par ex. %2</translation>
    </message>
    <message>
        <source>Listening on %1 — from this machine: %2; from another machine: %3</source>
        <translation>À l&apos;écoute sur %1 — depuis cette machine : %2 ; depuis une autre machine : %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>client n°%1</translation>
    </message>
</context>
<context>
    <name>netlab::TextCodec</name>
    <message>
        <source>invalid start byte</source>
        <translation>octet de début non valide</translation>
    </message>
    <message>
        <source>invalid continuation byte</source>
        <translation>octet de continuation non valide</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>fin de données inattendue</translation>
    </message>
    <message>
        <source>ordinal not in range(128)</source>
        <translation>ordinal hors de range(128)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; codec can&apos;t decode byte 0x%2 in position %3: %4</source>
        <translation>le codec « %1 » ne peut pas décoder l&apos;octet 0x%2 à la position %3 : %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; codec can&apos;t decode bytes in position %2-%3: %4</source>
        <translation>le codec « %1 » ne peut pas décoder les octets aux positions %2-%3 : %4</translation>
    </message>
    <message>
        <source>surrogates not allowed</source>
        <translation>substituts (surrogates) non permis</translation>
    </message>
    <message>
        <source>ordinal not in range(%1)</source>
        <translation>ordinal hors de range(%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; codec can&apos;t encode character %2 in position %3: %4</source>
        <translation>le codec « %1 » ne peut pas encoder le caractère %2 à la position %3 : %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; codec can&apos;t encode characters in position %2-%3: %4</source>
        <translation>le codec « %1 » ne peut pas encoder les caractères aux positions %2-%3 : %4</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>1 invalid %1 sequence (strict: shown as \xNN)</source>
        <translation>1 séquence %1 non valide (strict : affichée en \xNN)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid %1 sequences (strict: shown as \xNN)</source>
        <translation>
            <numerusform>%n séquence %1 non valide (strict : affichée en \xNN)</numerusform>
            <numerusform>%n séquences %1 non valides (strict : affichées en \xNN)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invalid %1 sequence replaced</source>
        <translation>1 séquence %1 non valide remplacée</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid %1 sequences replaced</source>
        <translation>
            <numerusform>%n séquence %1 non valide remplacée</numerusform>
            <numerusform>%n séquences %1 non valides remplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invalid %1 sequence dropped</source>
        <translation>1 séquence %1 non valide omise</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid %1 sequences dropped</source>
        <translation>
            <numerusform>%n séquence %1 non valide omise</numerusform>
            <numerusform>%n séquences %1 non valides omises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::ToolsTab</name>
    <message>
        <source>Tools sections</source>
        <translation>Sections des outils</translation>
    </message>
    <message>
        <source>Name &amp;lookup</source>
        <translation>&amp;Résolution de noms</translation>
    </message>
    <message>
        <source>This &amp;machine</source>
        <translation>Cette &amp;machine</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>&amp;Ports</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Résolution de %1…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the connect check</source>
        <translation>Annuler le test de connexion</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>localhost, example.org, 192.168.1.10, ::1</source>
        <translation>localhost, example.org, 192.168.1.10, ::1</translation>
    </message>
    <message>
        <source>&amp;Name or address:</source>
        <translation>&amp;Nom ou adresse :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The port getaddrinfo() puts into each row (0: none)</source>
        <translation>Le port que getaddrinfo() met dans chaque ligne (0 : aucun)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Addresses (getaddrinfo)</source>
        <translation>Adresses (getaddrinfo)</translation>
    </message>
    <message>
        <source>%1 records (reverse lookup)</source>
        <translation>Enregistrements %1 (résolution inverse)</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>Enregistrements %1</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>système</translation>
    </message>
    <message>
        <source>The DNS server to ask for records, e.g. 1.1.1.1 (empty: the system&apos;s)</source>
        <translation>Le serveur DNS à interroger pour les enregistrements, par ex. 1.1.1.1 (vide : celui du système)</translation>
    </message>
    <message>
        <source>DNS &amp;server:</source>
        <translation>&amp;Serveur DNS :</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>Rés&amp;oudre</translation>
    </message>
    <message>
        <source>Lookup results</source>
        <translation>Résultats de la résolution</translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation>Résolution annulée.</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d&apos;hôte :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the interfaces</source>
        <translation>Actualiser les interfaces</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces réseau</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Netmask / prefix</source>
        <translation>Masque / préfixe</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>To reach every machine of a network with UDP, send to that network&apos;s broadcast address (a /24 such as 192.168.1.0 has 192.168.1.255, a /16 such as 172.16.0.0 has 172.16.255.255); 255.255.255.255 stays on the local link. A server bound to 0.0.0.0 listens on every interface, one bound to 127.0.0.1 only to this machine.</source>
        <translation>Pour joindre toutes les machines d&apos;un réseau en UDP, envoyez à l&apos;adresse de diffusion de ce réseau (un /24 comme 192.168.1.0 a 192.168.1.255, un /16 comme 172.16.0.0 a 172.16.255.255) ; 255.255.255.255 reste sur le lien local. Un serveur lié à 0.0.0.0 écoute sur toutes les interfaces, un serveur lié à 127.0.0.1 seulement pour cette machine.</translation>
    </message>
    <message>
        <source>Interfaces found: %1.</source>
        <translation>Interfaces trouvées : %1.</translation>
    </message>
    <message>
        <source>Well-known ports</source>
        <translation>Ports bien connus</translation>
    </message>
    <message>
        <source>a number, a service or a word: 22, mqtt, mail</source>
        <translation>un numéro, un service ou un mot : 22, mqtt, mail</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Reche&amp;rcher :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Is a local port free?</source>
        <translation>Un port local est-il libre ?</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check whether the local port is free</source>
        <translation>Vérifier si le port local est libre</translation>
    </message>
    <message>
        <source>Binds the port on every interface for a moment, as a server would. Ports below 1024 need administrator rights.</source>
        <translation>Lie le port sur toutes les interfaces un instant, comme le ferait un serveur. Les ports inférieurs à 1024 demandent les droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>TCP connect check</source>
        <translation>Test de connexion TCP</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>Check the TCP connection</source>
        <translation>Tester la connexion TCP</translation>
    </message>
    <message>
        <source>Opens a TCP connection, measures the handshake and closes it at once: &quot;refused&quot; means nothing listens there.</source>
        <translation>Ouvre une connexion TCP, mesure la poignée de main et la referme aussitôt : « refusée » signifie que rien n&apos;écoute là.</translation>
    </message>
    <message>
        <source>Connect check cancelled.</source>
        <translation>Test de connexion annulé.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS server address: enter an IP address such as 1.1.1.1, or leave it empty for the system&apos;s server.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse de serveur DNS : saisissez une adresse IP comme 1.1.1.1, ou laissez vide pour le serveur du système.</translation>
    </message>
    <message>
        <source>Cancel the lookup</source>
        <translation>Annuler la résolution</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Socket type</source>
        <translation>Type de socket</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1: records found in %2 ms: %3.</source>
        <translation>%1 : enregistrements trouvés en %2 ms : %3.</translation>
    </message>
    <message>
        <source>%1: addresses found in %2 ms: %3 (%4 rows, as getaddrinfo gives them).</source>
        <translation>%1 : adresses trouvées en %2 ms : %3 (%4 lignes, telles que getaddrinfo les donne).</translation>
    </message>
    <message>
        <source>Its name: %1.</source>
        <translation>Son nom : %1.</translation>
    </message>
    <message>
        <source>In Python: socket.getaddrinfo(%1, %2) — or socket.gethostbyname(%1) for one IPv4 address.</source>
        <translation>En Python : socket.getaddrinfo(%1, %2) — ou socket.gethostbyname(%1) pour une adresse IPv4.</translation>
    </message>
    <message>
        <source>On the command line: nslookup %1 — or dig -x %1.</source>
        <translation>En ligne de commande : nslookup %1 — ou dig -x %1.</translation>
    </message>
    <message>
        <source>On the command line: nslookup -type=%1 %2 — or dig %2 %1.</source>
        <translation>En ligne de commande : nslookup -type=%1 %2 — ou dig %2 %1.</translation>
    </message>
    <message>
        <source>%1, index %2, MTU %3</source>
        <translation>%1, index %2, MTU %3</translation>
    </message>
    <message>
        <source>(IPv6: none)</source>
        <translation>(IPv6 : aucune)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the broadcast address %1</source>
        <translation>Copier l&apos;adresse de diffusion %1</translation>
    </message>
    <message>
        <source>Copied %1: paste it as the UDP lab&apos;s destination.</source>
        <translation>%1 copié : collez-le comme destination dans le labo UDP.</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1 : %2)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Enregistrer le tableau</translation>
    </message>
    <message>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation>Texte séparé par des tabulations (*.tsv *.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>netlab::TrafficLog</name>
    <message>
        <source>payload cut to the log&apos;s limit: %1 of %2 bytes kept</source>
        <translation>données tronquées à la limite du journal : %1 octets gardés sur %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>netlab::TrafficLogModel</name>
    <message>
        <source> … (%1 bytes in all)</source>
        <translation> … (%1 octets en tout)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>… %1 more bytes</source>
        <translation>… %1 octets de plus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Data (hex)</source>
        <translation>Données (hex)</translation>
    </message>
    <message>
        <source>Data (%1)</source>
        <translation>Données (%1)</translation>
    </message>
</context>
<context>
    <name>netlab::TrafficLogView</name>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;xa</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>Show data as text</source>
        <translation>Afficher les données en texte</translation>
    </message>
    <message>
        <source>Show data as hex</source>
        <translation>Afficher les données en hexadécimal</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Garder la ligne la plus récente visible</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>Journal du trafic</translation>
    </message>
    <message>
        <source>Dropped lines</source>
        <translation>Lignes abandonnées</translation>
    </message>
    <message>
        <source>1 older line dropped (the log keeps the newest %1 lines)</source>
        <translation>1 ligne ancienne abandonnée (le journal garde les %1 lignes les plus récentes)</translation>
    </message>
    <message>
        <source>%1 older lines dropped (the log keeps the newest %2 lines)</source>
        <translation>%1 lignes anciennes abandonnées (le journal garde les %2 lignes les plus récentes)</translation>
    </message>
    <message>
        <source>There is no log to save.</source>
        <translation>Il n&apos;y a pas de journal à enregistrer.</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>Enregistrer le journal du trafic</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tout &amp;afficher</translation>
    </message>
    <message>
        <source>Show every peer&apos;s traffic</source>
        <translation>Afficher le trafic de tous les pairs</translation>
    </message>
    <message>
        <source>Showing only the traffic of %1; other peers&apos; lines are hidden, not lost.</source>
        <translation>Seul le trafic de %1 est affiché ; les lignes des autres pairs sont masquées, pas perdues.</translation>
    </message>
</context>
<context>
    <name>netlab::TrafficRecorder</name>
    <message>
        <source>connected to %1 from local port %2</source>
        <translation>connecté à %1 depuis le port local %2</translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>déconnecté : %1</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>stopped listening</source>
        <translation>écoute arrêtée</translation>
    </message>
    <message>
        <source>client connected</source>
        <translation>client connecté</translation>
    </message>
    <message>
        <source>client disconnected: %1</source>
        <translation>client déconnecté : %1</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>connexion refusée : %1</translation>
    </message>
    <message>
        <source>a line of %1 bytes exceeds the line limit; answered as a chunk</source>
        <translation>une ligne de %1 octets dépasse la limite de ligne ; traitée comme un bloc</translation>
    </message>
</context>
<context>
    <name>netlab::UdpCapture</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
</context>
<context>
    <name>netlab::UdpDemoPanel</name>
    <message>
        <source>Demo streams</source>
        <translation>Flux de démo</translation>
    </message>
    <message>
        <source>Send the demo streams to</source>
        <translation>Envoyer les flux de démo à</translation>
    </message>
    <message>
        <source>127.0.0.1 stays on this machine; a broadcast address reaches every classmate on the network</source>
        <translation>127.0.0.1 reste sur cette machine ; une adresse de diffusion atteint tous les camarades du réseau</translation>
    </message>
    <message>
        <source>Sensor lines port</source>
        <translation>Port des lignes de capteur</translation>
    </message>
    <message>
        <source>Drone frames port</source>
        <translation>Port des trames de drone</translation>
    </message>
    <message>
        <source>Start or stop the demo streams</source>
        <translation>Démarrer ou arrêter les flux de démo</translation>
    </message>
    <message>
        <source>Start or stop the demo streams (Ctrl+K)</source>
        <translation>Démarrer ou arrêter les flux de démo (Ctrl+K)</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Ve&amp;rs :</translation>
    </message>
    <message>
        <source>&amp;drone</source>
        <translation>&amp;drone</translation>
    </message>
    <message>
        <source>Ports: sens&amp;or</source>
        <translation>Ports : &amp;capteur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: use 127.0.0.1 or a broadcast address such as 255.255.255.255</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IP : utilisez 127.0.0.1 ou une adresse de diffusion comme 255.255.255.255</translation>
    </message>
    <message>
        <source>Demo streams to %1: sensor lines on %2, drone frames on %3</source>
        <translation>Flux de démo vers %1 : lignes de capteur sur %2, trames de drone sur %3</translation>
    </message>
    <message>
        <source>Stop demo streams</source>
        <translation>Arrêter les flux de démo</translation>
    </message>
    <message>
        <source>Start demo streams</source>
        <translation>Démarrer les flux de démo</translation>
    </message>
    <message>
        <source>%1 sensor lines and %2 drone frames sent to %3</source>
        <translation>%1 lignes de capteur et %2 trames de drone envoyées à %3</translation>
    </message>
    <message>
        <source>Sensor lines at %1/s and drone frames at %2/s, like the course&apos;s lab</source>
        <translation>Lignes de capteur à %1/s et trames de drone à %2/s, comme dans le labo du cours</translation>
    </message>
</context>
<context>
    <name>netlab::UdpListener</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>struct frame</source>
        <translation>trame struct</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hexa</translation>
    </message>
    <message>
        <source>already listening on port %1</source>
        <translation>déjà à l&apos;écoute sur le port %1</translation>
    </message>
    <message>
        <source>port %1: the frame format is not usable: %2</source>
        <translation>port %1 : le format de trame n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <source> — this system does not let a socket bind to a broadcast address; bind to any (0.0.0.0) to receive broadcasts</source>
        <translation> — ce système ne permet pas de lier un socket à une adresse de diffusion ; liez-le à toutes les adresses (0.0.0.0) pour recevoir les diffusions</translation>
    </message>
    <message>
        <source>the default interface</source>
        <translation>l&apos;interface par défaut</translation>
    </message>
    <message>
        <source>port %1: cannot join multicast group %2 on %3</source>
        <translation>port %1 : impossible de rejoindre le groupe de multidiffusion %2 sur %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> — %1 is not a multicast address (224.0.0.0 to 239.255.255.255 or ff00::/8)</source>
        <translation> — %1 n&apos;est pas une adresse de multidiffusion (224.0.0.0 à 239.255.255.255 ou ff00::/8)</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>port %1 : %2</translation>
    </message>
    <message>
        <source>not listening on port %1</source>
        <translation>pas à l&apos;écoute sur le port %1</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>autres raisons</translation>
    </message>
</context>
<context>
    <name>netlab::UdpListenerPanel</name>
    <message>
        <source>Listening ports</source>
        <translation>Ports à l&apos;écoute</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Port à écouter</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>0.0.0.0 receives from every network, broadcasts included; 127.0.0.1 only from this machine; a broadcast address only what is broadcast there (Linux)</source>
        <translation>0.0.0.0 reçoit de tous les réseaux, diffusions comprises ; 127.0.0.1 seulement de cette machine ; une adresse de diffusion seulement ce qui y est diffusé (Linux)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Struct frame</source>
        <translation>Trame struct</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message>
        <source>Frame preset</source>
        <translation>Trame prédéfinie</translation>
    </message>
    <message>
        <source>Struct format</source>
        <translation>Format struct</translation>
    </message>
    <message>
        <source>A Python struct format, as in struct.unpack(&apos;&lt;diiiiffff&apos;, data)</source>
        <translation>Un format struct Python, comme dans struct.unpack(&apos;&lt;diiiiffff&apos;, data)</translation>
    </message>
    <message>
        <source>Field names</source>
        <translation>Noms des champs</translation>
    </message>
    <message>
        <source>names, comma-separated</source>
        <translation>noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Noms :</translation>
    </message>
    <message>
        <source>Each datagram shown as hex bytes</source>
        <translation>Chaque datagramme affiché en octets hexadécimaux</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>Groupe de multidiffusion</translation>
    </message>
    <message>
        <source>none, or e.g. 239.1.2.3</source>
        <translation>aucun, ou par ex. 239.1.2.3</translation>
    </message>
    <message>
        <source>Multicast interface</source>
        <translation>Interface de multidiffusion</translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation>&amp;Ajouter un port</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <source>&amp;Remove port</source>
        <translation>Retirer le p&amp;ort</translation>
    </message>
    <message>
        <source>Remove the selected ports</source>
        <translation>Retirer les ports sélectionnés</translation>
    </message>
    <message>
        <source>Listen to the &amp;demo ports</source>
        <translation>Écouter les ports de &amp;démo</translation>
    </message>
    <message>
        <source>Listen to the demo ports</source>
        <translation>Écouter les ports de démo</translation>
    </message>
    <message>
        <source>Sensor lines as text on the demo text port and drone frames (&lt;diiiiffff) on the demo drone port</source>
        <translation>Lignes de capteur en texte sur le port texte de démo et trames de drone (&lt;diiiiffff) sur le port drone de démo</translation>
    </message>
    <message>
        <source>Listening ports and their rates</source>
        <translation>Ports à l&apos;écoute et leurs débits</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Bind:</source>
        <translation>&amp;Liaison :</translation>
    </message>
    <message>
        <source>D&amp;ecoder:</source>
        <translation>Dé&amp;codeur :</translation>
    </message>
    <message>
        <source>&amp;Multicast group:</source>
        <translation>Groupe de &amp;multidiffusion :</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>s&amp;ur</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a multicast group: use 224.0.0.0 to 239.255.255.255 (e.g. 239.1.2.3) or an IPv6 ff00::/8 address</source>
        <translation>&apos;%1&apos; n&apos;est pas un groupe de multidiffusion : utilisez 224.0.0.0 à 239.255.255.255 (par ex. 239.1.2.3) ou une adresse IPv6 ff00::/8</translation>
    </message>
    <message>
        <source>Listening on port %1 (%2, %3)</source>
        <translation>À l&apos;écoute sur le port %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Select the port to remove in the table</source>
        <translation>Sélectionnez dans le tableau le port à retirer</translation>
    </message>
    <message>
        <source>Stopped listening on %1</source>
        <translation>Écoute arrêtée sur %1</translation>
    </message>
    <message>
        <source>Listening to the demo ports %1 (sensor lines) and %2 (drone frames)</source>
        <translation>À l&apos;écoute des ports de démo %1 (lignes de capteur) et %2 (trames de drone)</translation>
    </message>
</context>
<context>
    <name>netlab::UdpMessageModel</name>
    <message>
        <source>Bad frame: %1</source>
        <translation>Trame incorrecte : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n octet : %1</numerusform>
            <numerusform>%n octets : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Raw (hex)</source>
        <translation>Brut (hexa)</translation>
    </message>
</context>
<context>
    <name>netlab::UdpMessagesPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the capture</source>
        <translation>Mettre la capture en pause</translation>
    </message>
    <message>
        <source>Stop adding rows; the ports keep counting</source>
        <translation>Ne plus ajouter de lignes ; les ports continuent de compter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the messages</source>
        <translation>Effacer les messages</translation>
    </message>
    <message>
        <source>Ra&amp;w hex</source>
        <translation>&amp;Hexa brut</translation>
    </message>
    <message>
        <source>Show the raw bytes in hex</source>
        <translation>Afficher les octets bruts en hexadécimal</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the messages as CSV</source>
        <translation>Exporter les messages en CSV</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>%1 rows (newest %2 kept)</source>
        <translation>%1 lignes (%2 max.)</translation>
    </message>
    <message>
        <source>, %1 not captured while paused</source>
        <translation>, %1 non capturés pendant la pause</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — en pause</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n message écrit dans %1</numerusform>
            <numerusform>%n messages écrits dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::UdpPortStatsModel</name>
    <message>
        <source> + group %1</source>
        <translation> + groupe %1</translation>
    </message>
    <message>
        <source>▲ fastest</source>
        <translation>▲ le plus rapide</translation>
    </message>
    <message>
        <source>▼ slowest</source>
        <translation>▼ le plus lent</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Messages per second over the last %n second(s); now %1, peak %2</source>
        <translation>
            <numerusform>Messages par seconde sur la dernière seconde ; actuellement %1, pic %2</numerusform>
            <numerusform>Messages par seconde sur les %n dernières secondes ; actuellement %1, pic %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate history of port %1</source>
        <translation>Historique du débit du port %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Incorrects</translation>
    </message>
    <message>
        <source>Rate /s</source>
        <translation>Débit /s</translation>
    </message>
    <message>
        <source>Average /s</source>
        <translation>Moyenne /s</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>netlab::UdpSender</name>
    <message>
        <source>a send is already running: stop it first</source>
        <translation>un envoi est déjà en cours : arrêtez-le d&apos;abord</translation>
    </message>
    <message>
        <source>choose a port between 1 and 65535</source>
        <translation>choisissez un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>the payload is %1 bytes; a UDP datagram holds at most %2</source>
        <translation>la charge utile fait %1 octets ; un datagramme UDP en contient au plus %2</translation>
    </message>
    <message>
        <source>the count must be between 1 and %1</source>
        <translation>le nombre doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>the rate must be a positive number of datagrams per second, or 0 for as fast as possible</source>
        <translation>le débit doit être un nombre positif de datagrammes par seconde, ou 0 pour aller aussi vite que possible</translation>
    </message>
    <message>
        <source>the multicast TTL must be between 0 and 255</source>
        <translation>le TTL de multidiffusion doit être compris entre 0 et 255</translation>
    </message>
    <message>
        <source>give a host or an address to send to</source>
        <translation>indiquez un hôte ou une adresse de destination</translation>
    </message>
    <message>
        <source>%1 is a broadcast address: allow broadcast to send to every host on the network</source>
        <translation>%1 est une adresse de diffusion : autorisez la diffusion pour envoyer à tous les hôtes du réseau</translation>
    </message>
    <message>
        <source>host not found: %1 (%2)</source>
        <translation>hôte introuvable : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>netlab::UdpSenderPanel</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Allow &amp;broadcast</source>
        <translation>Autoriser la &amp;diffusion</translation>
    </message>
    <message>
        <source>Allow broadcast</source>
        <translation>Autoriser la diffusion</translation>
    </message>
    <message>
        <source>Needed to send to 255.255.255.255 or a network&apos;s broadcast address: every host on the network receives it</source>
        <translation>Nécessaire pour envoyer à 255.255.255.255 ou à l&apos;adresse de diffusion d&apos;un réseau : tous les hôtes du réseau le reçoivent</translation>
    </message>
    <message>
        <source>Multicast TTL</source>
        <translation>TTL multidiffusion</translation>
    </message>
    <message>
        <source>Multicast only: 1 stays on this network, each router lowers it by one</source>
        <translation>Multidiffusion seulement : 1 reste sur ce réseau, chaque routeur le diminue de un</translation>
    </message>
    <message>
        <source>Multicast interface to send from</source>
        <translation>Interface de multidiffusion d&apos;envoi</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Text or hex</source>
        <translation>Texte ou hexa</translation>
    </message>
    <message>
        <source>Struct frame</source>
        <translation>Trame struct</translation>
    </message>
    <message>
        <source>Frame preset to send</source>
        <translation>Trame prédéfinie à envoyer</translation>
    </message>
    <message>
        <source>Struct format to send</source>
        <translation>Format struct à envoyer</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>one per field, space-separated; now = current time</source>
        <translation>une par champ, séparées par des espaces ; now = heure actuelle</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Pr&amp;édéfinie :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valeurs :</translation>
    </message>
    <message>
        <source>Number of datagrams</source>
        <translation>Nombre de datagrammes</translation>
    </message>
    <message>
        <source>Datagrams per second</source>
        <translation>Datagrammes par seconde</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>à fond</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Datagrams sent</source>
        <translation>Datagrammes envoyés</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers :</translation>
    </message>
    <message>
        <source>Multicast TT&amp;L:</source>
        <translation>TT&amp;L multidiffusion :</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>&amp;Charge utile :</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>Still sending: stop it first</source>
        <translation>Envoi en cours : arrêtez-le d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n datagram(s) to %1 (%2/s)</source>
        <translation>
            <numerusform>%n datagramme envoyé à %1 (%2/s)</numerusform>
            <numerusform>%n datagrammes envoyés à %1 (%2/s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed: %1</source>
        <translation>
            <numerusform>; %n en échec : %1</numerusform>
            <numerusform>; %n en échec : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Arrêté. </translation>
    </message>
</context>
<context>
    <name>netlab::UdpTab</name>
    <message>
        <source>Custom format</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>default interface</source>
        <translation>interface par défaut</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Live plot</source>
        <translation>Tracé en direct</translation>
    </message>
    <message>
        <source>Received messages and live plot</source>
        <translation>Messages reçus et tracé en direct</translation>
    </message>
    <message>
        <source>S&amp;how as code</source>
        <translation>Voir le cod&amp;e</translation>
    </message>
    <message>
        <source>Show the listener as code</source>
        <translation>Voir le code de l&apos;écoute</translation>
    </message>
    <message>
        <source>The program that listens on these ports and decodes what arrives as this tab does</source>
        <translation>Le programme qui écoute sur ces ports et décode ce qui arrive comme le fait cet onglet</translation>
    </message>
    <message>
        <source>Show the sender as code</source>
        <translation>Voir le code de l&apos;envoi</translation>
    </message>
    <message>
        <source>The program that sends these datagrams as this tab does</source>
        <translation>Le programme qui envoie ces datagrammes comme le fait cet onglet</translation>
    </message>
</context>
<context>
    <name>netlab::WebCode</name>
    <message>
        <source>HTTP client: sends one request to URL and prints the status line, the headers and the body of the answer.</source>
        <translation>Client HTTP : envoie une requête à URL et affiche la ligne d’état, les en-têtes et le corps de la réponse.</translation>
    </message>
    <message>
        <source>urlopen() adds Host, Content-Length and Connection itself.</source>
        <translation>urlopen() ajoute lui-même Host, Content-Length et Connection.</translation>
    </message>
    <message>
        <source>urlopen() raises on 4xx and 5xx, but those are answers too.</source>
        <translation>urlopen() lève une exception sur 4xx et 5xx, mais ce sont aussi des réponses.</translation>
    </message>
    <message>
        <source>The body is bytes: decode it with the charset the answer names (UTF-8 when it names none).</source>
        <translation>Le corps est fait d’octets : on le décode avec le charset qu’annonce la réponse (UTF-8 si elle n’en annonce pas).</translation>
    </message>
    <message>
        <source>Micro HTTP server built on a TCP server: prints each request as it arrives and answers it with a status line, headers and a body.</source>
        <translation>Micro serveur HTTP construit sur un serveur TCP : affiche chaque requête à son arrivée et y répond par une ligne d’état, des en-têtes et un corps.</translation>
    </message>
    <message>
        <source>The request head ends with an empty line; read up to it.</source>
        <translation>L’en-tête de la requête se termine par une ligne vide ; on lit jusqu’à elle.</translation>
    </message>
    <message>
        <source>Status line, headers (each ended by CRLF), an empty line, then the body; Content-Length tells the browser where the body ends.</source>
        <translation>Ligne d’état, en-têtes (chacun terminé par CRLF), une ligne vide, puis le corps ; Content-Length indique au navigateur où finit le corps.</translation>
    </message>
    <message>
        <source>{now} becomes the date when the answer goes out, {now+3600} the date in an hour.</source>
        <translation>{now} devient la date d’envoi de la réponse, {now+3600} la date dans une heure.</translation>
    </message>
    <message>
        <source>HTTP server that serves the files of FOLDER: each file with its type, index.html or a listing for a folder, nothing outside it.</source>
        <translation>Serveur HTTP qui sert les fichiers de FOLDER : chaque fichier avec son type, index.html ou une liste pour un dossier, rien en dehors.</translation>
    </message>
    <message>
        <source>0: any free port</source>
        <translation>0 : n’importe quel port libre</translation>
    </message>
    <message>
        <source>ThreadingHTTPServer answers each request in its own thread, so a slow browser does not keep the others waiting.</source>
        <translation>ThreadingHTTPServer répond à chaque requête dans son propre thread : un navigateur lent ne fait pas attendre les autres.</translation>
    </message>
    <message>
        <source>&quot;::&quot; with IPv6-only off: IPv4 clients are welcome too.</source>
        <translation>« :: » sans IPv6 seul : les clients IPv4 sont acceptés aussi.</translation>
    </message>
    <message>
        <source>SimpleHTTPRequestHandler answers GET and HEAD with the files under its directory and logs each request.</source>
        <translation>SimpleHTTPRequestHandler répond à GET et HEAD avec les fichiers de son dossier et journalise chaque requête.</translation>
    </message>
    <message>
        <source>Listening on port</source>
        <translation>En écoute sur le port</translation>
    </message>
    <message>
        <source>HTTP by hand: sends REQUEST to HOST on PORT exactly as written and prints everything the server answers, until it closes the connection or stays silent for TIMEOUT seconds.</source>
        <translation>HTTP à la main : envoie REQUEST à HOST sur le port PORT exactement tel qu’écrit et affiche tout ce que le serveur répond, jusqu’à ce qu’il ferme la connexion ou reste silencieux TIMEOUT secondes.</translation>
    </message>
    <message>
        <source>seconds of silence that end the answer: an HTTP/1.1 server may keep the connection open</source>
        <translation>secondes de silence qui terminent la réponse : un serveur HTTP/1.1 peut garder la connexion ouverte</translation>
    </message>
    <message>
        <source>https: the same bytes inside TLS; server_hostname lets the certificate be checked against HOST.</source>
        <translation>https : les mêmes octets dans TLS ; server_hostname permet de vérifier le certificat par rapport à HOST.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The answer is bytes: status line, headers, an empty line, the body.</source>
        <translation>La réponse est faite d’octets : ligne d’état, en-têtes, une ligne vide, le corps.</translation>
    </message>
</context>
<context>
    <name>netlab::WellKnownPorts</name>
    <message>
        <source>FTP data transfer (active mode)</source>
        <translation>FTP transfert de données (mode actif)</translation>
    </message>
    <message>
        <source>FTP control: file transfer commands</source>
        <translation>FTP contrôle : commandes de transfert de fichiers</translation>
    </message>
    <message>
        <source>Secure Shell: remote login, scp, sftp</source>
        <translation>Secure Shell : connexion à distance, scp, sftp</translation>
    </message>
    <message>
        <source>Telnet: unencrypted remote login</source>
        <translation>Telnet : connexion à distance non chiffrée</translation>
    </message>
    <message>
        <source>Simple Mail Transfer Protocol: mail between servers</source>
        <translation>Simple Mail Transfer Protocol : courrier entre serveurs</translation>
    </message>
    <message>
        <source>Domain Name System: names to addresses</source>
        <translation>Domain Name System : des noms aux adresses</translation>
    </message>
    <message>
        <source>DHCP server: hands out addresses</source>
        <translation>Serveur DHCP : distribue les adresses</translation>
    </message>
    <message>
        <source>DHCP client</source>
        <translation>Client DHCP</translation>
    </message>
    <message>
        <source>Trivial File Transfer Protocol</source>
        <translation>Trivial File Transfer Protocol</translation>
    </message>
    <message>
        <source>Hypertext Transfer Protocol: the web</source>
        <translation>Hypertext Transfer Protocol : le web</translation>
    </message>
    <message>
        <source>Post Office Protocol 3: fetch mail</source>
        <translation>Post Office Protocol 3 : relever le courrier</translation>
    </message>
    <message>
        <source>Network Time Protocol: clock synchronisation</source>
        <translation>Network Time Protocol : synchronisation des horloges</translation>
    </message>
    <message>
        <source>Internet Message Access Protocol: mail on the server</source>
        <translation>Internet Message Access Protocol : le courrier sur le serveur</translation>
    </message>
    <message>
        <source>Simple Network Management Protocol</source>
        <translation>Simple Network Management Protocol</translation>
    </message>
    <message>
        <source>SNMP traps (notifications)</source>
        <translation>Traps SNMP (notifications)</translation>
    </message>
    <message>
        <source>Lightweight Directory Access Protocol</source>
        <translation>Lightweight Directory Access Protocol</translation>
    </message>
    <message>
        <source>HTTP over TLS (and HTTP/3 over QUIC on UDP)</source>
        <translation>HTTP sur TLS (et HTTP/3 sur QUIC en UDP)</translation>
    </message>
    <message>
        <source>SMTP submission over TLS</source>
        <translation>Soumission SMTP sur TLS</translation>
    </message>
    <message>
        <source>System log messages</source>
        <translation>Messages du journal système</translation>
    </message>
    <message>
        <source>Mail submission (SMTP with STARTTLS)</source>
        <translation>Soumission du courrier (SMTP avec STARTTLS)</translation>
    </message>
    <message>
        <source>IMAP over TLS</source>
        <translation>IMAP sur TLS</translation>
    </message>
    <message>
        <source>POP3 over TLS</source>
        <translation>POP3 sur TLS</translation>
    </message>
    <message>
        <source>MQTT publish/subscribe broker (Mosquitto)</source>
        <translation>Broker MQTT publication/abonnement (Mosquitto)</translation>
    </message>
    <message>
        <source>MySQL / MariaDB database</source>
        <translation>Base de données MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Remote Desktop Protocol</source>
        <translation>Remote Desktop Protocol (bureau à distance)</translation>
    </message>
    <message>
        <source>Multicast DNS: .local names on the LAN</source>
        <translation>DNS multidiffusion : noms .local sur le réseau local</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de données PostgreSQL</translation>
    </message>
    <message>
        <source>Constrained Application Protocol (IoT)</source>
        <translation>Constrained Application Protocol (IoT)</translation>
    </message>
    <message>
        <source>VNC remote desktop</source>
        <translation>Bureau à distance VNC</translation>
    </message>
    <message>
        <source>Alternative HTTP port (proxies, test servers)</source>
        <translation>Port HTTP alternatif (proxys, serveurs de test)</translation>
    </message>
    <message>
        <source>MQTT over TLS</source>
        <translation>MQTT sur TLS</translation>
    </message>
    <message>
        <source>Course: the Raspberry Pi LED server (lines &apos;on&apos; / &apos;off&apos;), nc -l 1234</source>
        <translation>Cours : le serveur LED du Raspberry Pi (lignes &apos;on&apos; / &apos;off&apos;), nc -l 1234</translation>
    </message>
    <message>
        <source>Course: the Pi agent&apos;s HTTP API and live page</source>
        <translation>Cours : l&apos;API HTTP et la page en direct de l&apos;agent du Pi</translation>
    </message>
    <message>
        <source>Course: the TCP echo server</source>
        <translation>Cours : le serveur d&apos;écho TCP</translation>
    </message>
    <message>
        <source>Course: UDP sender and receiver, &quot;Hello, World!&quot;</source>
        <translation>Cours : émetteur et récepteur UDP, &quot;Hello, World!&quot;</translation>
    </message>
    <message>
        <source>Course: text sensor messages broadcast on the LAN</source>
        <translation>Cours : messages texte de capteur diffusés sur le réseau local</translation>
    </message>
    <message>
        <source>Course: binary drone frames, 40 bytes &lt;diiiiffff</source>
        <translation>Cours : trames binaires de drone, 40 octets &lt;diiiiffff</translation>
    </message>
    <message>
        <source>Course: the mini chat</source>
        <translation>Cours : le mini chat</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>LED server</source>
        <translation>Serveur LED</translation>
    </message>
    <message>
        <source>NetLab agent</source>
        <translation>Agent NetLab</translation>
    </message>
    <message>
        <source>Echo server</source>
        <translation>Serveur d&apos;écho</translation>
    </message>
    <message>
        <source>UDP hello</source>
        <translation>Bonjour UDP</translation>
    </message>
    <message>
        <source>Sensor text</source>
        <translation>Texte des capteurs</translation>
    </message>
    <message>
        <source>Drone frames</source>
        <translation>Trames de drone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>netlab::WorkbenchCore</name>
    <message numerus="yes">
        <source>the Sensors tab follows %n agent(s) already</source>
        <translation>
            <numerusform>l’onglet Capteurs suit déjà %n agent</numerusform>
            <numerusform>l’onglet Capteurs suit déjà %n agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::cli</name>
    <message>
        <source>Usage: netlab agent HOST[:PORT] COMMAND [OPTIONS]
Talk to a netlab-agent (default port 8750), like the workbench&apos;s Sensors tab.

Commands:
  info                   the agent&apos;s version, host, sensor and LED
  readings               stored readings, oldest first (default: the last hour)
    --since T            after T: Unix milliseconds, an ISO date-time
                         (2026-11-22T10:00:00) or a time ago (30s, 10m, 2h, 7d)
    --limit N            at most N readings (1 to 10000, default 1000)
  follow                 print each live reading until Ctrl+C; exit status 1 when
                         the agent goes away
  led on|off             switch the LED
    --token T            the agent&apos;s token (the file &apos;token&apos; in its data
                         directory); default: $NETLAB_AGENT_TOKEN

Options:
  --json                 one JSON object per line
  -h, --help             show this help

Exit status: 0 done, 1 the agent could not be reached or refused, 2 bad arguments.

Examples:
  netlab agent raspberrypi.local info
  netlab agent 192.168.1.20:8750 readings --since 10m
  netlab agent raspberrypi.local led on --token 3f9c...
</source>
        <translation>Utilisation : netlab agent HÔTE[:PORT] COMMANDE [OPTIONS]
Dialogue avec un netlab-agent (port 8750 par défaut), comme l&apos;onglet Capteurs du workbench.

Commandes :
  info                   version, hôte, capteur et LED de l&apos;agent
  readings               mesures enregistrées, la plus ancienne d&apos;abord (par défaut : la
                         dernière heure)
    --since T            après T : millisecondes Unix, une date-heure ISO
                         (2026-11-22T10:00:00) ou une durée écoulée (30s, 10m, 2h, 7d)
    --limit N            au plus N mesures (1 à 10000, par défaut 1000)
  follow                 affiche chaque mesure en direct jusqu&apos;à Ctrl+C ; code de sortie 1
                         quand l&apos;agent disparaît
  led on|off             allume ou éteint la LED
    --token T            le jeton de l&apos;agent (le fichier « token » de son dossier de
                         données) ; par défaut : $NETLAB_AGENT_TOKEN

Options :
  --json                 un objet JSON par ligne
  -h, --help             affiche cette aide

Code de sortie : 0 fait, 1 agent injoignable ou refus, 2 arguments incorrects.

Exemples :
  netlab agent raspberrypi.local info
  netlab agent 192.168.1.20:8750 readings --since 10m
  netlab agent raspberrypi.local led on --token 3f9c...
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an agent address: write HOST or HOST:PORT (an IPv6 address in brackets, [::1]:8750)</source>
        <translation>« %1 » n&apos;est pas une adresse d&apos;agent : écrivez HÔTE ou HÔTE:PORT (une adresse IPv6 entre crochets, [::1]:8750)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: port 0 is not an agent&apos;s port</source>
        <translation>« %1 » : le port 0 n&apos;est pas un port d&apos;agent</translation>
    </message>
    <message>
        <source>--since &apos;%1&apos;: give Unix milliseconds, an ISO date-time or a time ago such as 10m</source>
        <translation>--since « %1 » : donnez des millisecondes Unix, une date-heure ISO ou une durée écoulée comme 10m</translation>
    </message>
    <message>
        <source>%1  Temp: %2C Humidity: %3%</source>
        <translation>%1  Temp: %2C Humidity: %3%</translation>
    </message>
    <message>
        <source>agent:   netlab-agent %1 on %2</source>
        <translation>agent :   netlab-agent %1 sur %2</translation>
    </message>
    <message>
        <source>sensor:  %1, %2%3, %4, every %5 s</source>
        <translation>capteur : %1, %2%3, %4, toutes les %5 s</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> (simulé)</translation>
    </message>
    <message>
        <source>LED:     %1, %2</source>
        <translation>LED :     %1, %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>allumée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <source>LED:     not available (%1)</source>
        <translation>LED :     indisponible (%1)</translation>
    </message>
    <message numerus="yes">
        <source>storage: readings kept %n day(s)</source>
        <translation>
            <numerusform>stockage : mesures gardées %n jour</numerusform>
            <numerusform>stockage : mesures gardées %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>storage: readings kept for ever</source>
        <translation>stockage : mesures gardées pour toujours</translation>
    </message>
    <message>
        <source>needs HOST[:PORT] and a command (info, readings, follow, led)</source>
        <translation>il faut HÔTE[:PORT] et une commande (info, readings, follow, led)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (info, readings, follow, led)</source>
        <translation>commande inconnue « %1 » (info, readings, follow, led)</translation>
    </message>
    <message>
        <source>led takes &apos;on&apos; or &apos;off&apos;</source>
        <translation>led prend « on » ou « off »</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--since and --limit go with &apos;readings&apos;</source>
        <translation>--since et --limit vont avec « readings »</translation>
    </message>
    <message>
        <source>--token goes with &apos;led&apos;</source>
        <translation>--token va avec « led »</translation>
    </message>
    <message>
        <source>no readings in that time</source>
        <translation>aucune mesure dans cet intervalle</translation>
    </message>
    <message>
        <source>more readings follow: continue with --since %1</source>
        <translation>d&apos;autres mesures suivent : continuez avec --since %1</translation>
    </message>
    <message>
        <source>following %1 (Ctrl+C to stop)</source>
        <translation>suivi de %1 (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>sensor read failed (%1): %2</source>
        <translation>échec de lecture du capteur (%1) : %2</translation>
    </message>
    <message>
        <source>stopped following: %1</source>
        <translation>suivi arrêté : %1</translation>
    </message>
    <message>
        <source>led takes &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;</source>
        <translation>led prend « on » ou « off », pas « %1 »</translation>
    </message>
    <message>
        <source>LED on</source>
        <translation>LED allumée</translation>
    </message>
    <message>
        <source>LED off</source>
        <translation>LED éteinte</translation>
    </message>
    <message>
        <source>%1 refused the token (HTTP 401: %2)</source>
        <translation>%1 a refusé le jeton (HTTP 401 : %2)</translation>
    </message>
    <message>
        <source>%1 needs the agent&apos;s token to switch the LED (HTTP 401): give it with --token (the file &apos;token&apos; in the agent&apos;s data directory)</source>
        <translation>%1 demande le jeton de l&apos;agent pour commuter la LED (HTTP 401) : donnez-le avec --token (le fichier « token » du dossier de données de l&apos;agent)</translation>
    </message>
    <message>
        <source>%1 refused: HTTP %2 (%3)</source>
        <translation>%1 a refusé : HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>Usage: netlab chat (--host [--port P] | --join HOST[:PORT]) [OPTIONS]
       netlab chat --discover [--timeout MS]
The LAN mini chat of NetLab Workbench: each line of standard input is sent as a
message; what the others write is printed as &quot;nickname: text&quot;. Notices
(joined, left, warnings) go to standard error. Lines typed before anybody is
there to read them are kept and sent as soon as someone is. At the end of
standard input, or at Ctrl+C, the chat is left (a host closes it).

A hosted chat accepts several peers (workbench, netlab chat, nc, the course&apos;s
Python script) and relays every message to all of them.

Options:
  --host                 host a chat (listen)
  --port P               the port to host on (default 55000; 0: any free port)
  --bind ADDR            the address to host on: any (default), any4, any6,
                         localhost, localhost6 or an address
  --join HOST[:PORT]     join the chat at HOST (port 55000 unless given;
                         IPv6 as [::1]:55000)
  --nick N               your nickname (default: your login name)
  --plain                plain UTF-8 lines only, no JSON: for joining `nc -l` or
                         the course&apos;s Python chat server
  --no-announce          host without announcing the chat on the LAN
  --discover             list the classmates whose workbench or netlab chat
                         announces itself on the LAN, as they appear
  --discovery-port P     the UDP port of presence datagrams (default 55001)
  --timeout MS           with --discover: stop after MS milliseconds
  -h, --help             show this help

Exit status: 0 after leaving normally, 1 when the connection fails or is lost
(or --discover found nobody), 2 for bad arguments.

Examples:
  netlab chat --host --nick Ana
  netlab chat --join 192.168.1.20 --nick Bea
  netlab chat --join 127.0.0.1:55000 --plain
  netlab chat --discover --timeout 5000
</source>
        <translation>Utilisation : netlab chat (--host [--port P] | --join HÔTE[:PORT]) [OPTIONS]
              netlab chat --discover [--timeout MS]
Le mini-chat du réseau local de NetLab Workbench : chaque ligne de l&apos;entrée
standard est envoyée comme message ; ce qu&apos;écrivent les autres est affiché sous la
forme « pseudo: texte ». Les avis (arrivées, départs, avertissements) vont sur la
sortie d&apos;erreur. Les lignes tapées avant que quelqu&apos;un soit là pour les lire sont
gardées et envoyées dès que quelqu&apos;un arrive. À la fin de l&apos;entrée standard, ou à
Ctrl+C, on quitte le chat (un hôte le ferme).

Un chat hébergé accepte plusieurs pairs (workbench, netlab chat, nc, le script
Python du cours) et relaie chaque message à tous.

Options :
  --host                 héberger un chat (écouter)
  --port P               le port d&apos;hébergement (par défaut 55000 ; 0 : n&apos;importe
                         quel port libre)
  --bind ADR             l&apos;adresse d&apos;hébergement : any (par défaut), any4, any6,
                         localhost, localhost6 ou une adresse
  --join HÔTE[:PORT]     rejoindre le chat sur HÔTE (port 55000 sauf indication ;
                         IPv6 sous la forme [::1]:55000)
  --nick N               votre pseudo (par défaut : votre nom de connexion)
  --plain                lignes UTF-8 simples seulement, sans JSON : pour rejoindre
                         `nc -l` ou le serveur de chat Python du cours
  --no-announce          héberger sans annoncer le chat sur le réseau local
  --discover             lister les camarades dont le workbench ou netlab chat
                         s&apos;annonce sur le réseau local, à mesure qu&apos;ils apparaissent
  --discovery-port P     le port UDP des datagrammes de présence (par défaut 55001)
  --timeout MS           avec --discover : arrêter après MS millisecondes
  -h, --help             affiche cette aide

Code de sortie : 0 après un départ normal, 1 quand la connexion échoue ou est
perdue (ou que --discover n&apos;a trouvé personne), 2 pour des arguments incorrects.

Exemples :
  netlab chat --host --nick Ana
  netlab chat --join 192.168.1.20 --nick Bea
  netlab chat --join 127.0.0.1:55000 --plain
  netlab chat --discover --timeout 5000
</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a &apos;[&apos; without its &apos;]&apos;</source>
        <translation>« %1 » : un « [ » sans son « ] »</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected :PORT after &apos;]&apos;</source>
        <translation>« %1 » : :PORT attendu après « ] »</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the host is empty</source>
        <translation>« %1 » : l&apos;hôte est vide</translation>
    </message>
    <message>
        <source>looking for classmates on UDP port %1…</source>
        <translation>recherche de camarades sur le port UDP %1…</translation>
    </message>
    <message>
        <source>%1 hosts a chat at %2 (join: netlab chat --join %2)</source>
        <translation>%1 héberge un chat sur %2 (pour rejoindre : netlab chat --join %2)</translation>
    </message>
    <message>
        <source>%1 is at %2, not hosting</source>
        <translation>%1 est sur %2, sans héberger</translation>
    </message>
    <message>
        <source>give exactly one of --host, --join HOST[:PORT], --discover</source>
        <translation>donnez exactement un de --host, --join HÔTE[:PORT], --discover</translation>
    </message>
    <message>
        <source>--timeout goes with --discover</source>
        <translation>--timeout va avec --discover</translation>
    </message>
    <message>
        <source>--port and --bind go with --host; join with --join HOST:PORT</source>
        <translation>--port et --bind vont avec --host ; pour rejoindre, --join HÔTE:PORT</translation>
    </message>
    <message>
        <source>the nickname is empty</source>
        <translation>le pseudo est vide</translation>
    </message>
    <message>
        <source>(the line above from %1: %2)</source>
        <translation>(la ligne ci-dessus de %1 : %2)</translation>
    </message>
    <message>
        <source>input line of %1 characters not sent (at most %2)</source>
        <translation>ligne d&apos;entrée de %1 caractères non envoyée (au plus %2)</translation>
    </message>
    <message>
        <source>nobody to send to and %1 lines waiting: line dropped</source>
        <translation>personne à qui envoyer et %1 lignes en attente : ligne abandonnée</translation>
    </message>
    <message>
        <source>input line longer than %1 bytes not sent</source>
        <translation>ligne d&apos;entrée de plus de %1 octets non envoyée</translation>
    </message>
    <message>
        <source>nobody has joined yet: your message waits</source>
        <translation>personne n&apos;a encore rejoint : votre message attend</translation>
    </message>
    <message>
        <source>announcing this chat on the LAN (UDP port %1)</source>
        <translation>annonce de ce chat sur le réseau local (port UDP %1)</translation>
    </message>
    <message>
        <source>netlab %1: %2 (see netlab %1 --help)
</source>
        <translation>netlab %1 : %2 (voir netlab %1 --help)
</translation>
    </message>
    <message>
        <source>a port is a number from 0 (any free port) to 65535, not &apos;%1&apos;</source>
        <translation>un port est un nombre de 0 (n&apos;importe quel port libre) à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>un port est un nombre de 1 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 doit être un nombre de %2 à %3, pas « %4 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address (or any, any4, any6, localhost, localhost6)</source>
        <translation>« %1 » n&apos;est pas une adresse IP (ni any, any4, any6, localhost, localhost6)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>--line-ending is one of none, lf, crlf, cr; not &apos;%1&apos;</source>
        <translation>--line-ending vaut none, lf, crlf ou cr ; pas « %1 »</translation>
    </message>
    <message>
        <source>… (%1 more bytes)</source>
        <translation>… (%1 octets de plus)</translation>
    </message>
    <message>
        <source>Usage: netlab demo-streams [--to ADDR] [OPTIONS]
Send the UDP lab&apos;s streams: ASCII sensor lines (&quot;seq=1 temperature=21.52
humidity=45.1 pressure=1013.27 light=512&quot;) and drone frames packed as
struct.pack(&apos;&lt;diiiiffff&apos;, date, pitch, roll, yaw, battery, barometer, agx, agy,
agz), with values that change like real sensors&apos;. Totals every second.

Options:
  --to ADDR          destination: 127.0.0.1 (default), a broadcast address
                     such as 255.255.255.255 or 192.168.1.255, or any host
  --text-port P      port of the sensor lines (default 52001)
  --drone-port P     port of the drone frames (default 52002)
  --text-rate R      sensor lines per second, 0 for none (default 2)
  --drone-rate R     drone frames per second, 0 for none (default 25)
  --seconds S        stop after S seconds (default: until Ctrl+C)
  --json             totals as JSON objects
  --quiet            print only the final totals
  -h, --help         show this help

Examples:
  netlab demo-streams
  netlab demo-streams --to 192.168.1.255 --drone-rate 50
  netlab udp-listen 52001 52002:drone     (in another terminal)
</source>
        <translation>Utilisation : netlab demo-streams [--to ADR] [OPTIONS]
Envoie les flux du TP UDP : lignes ASCII de capteurs (« seq=1 temperature=21.52
humidity=45.1 pressure=1013.27 light=512 ») et trames de drone empaquetées par
struct.pack(&apos;&lt;diiiiffff&apos;, date, pitch, roll, yaw, battery, barometer, agx, agy,
agz), avec des valeurs qui varient comme celles de vrais capteurs. Totaux chaque seconde.

Options :
  --to ADR           destination : 127.0.0.1 (par défaut), une adresse de diffusion
                     comme 255.255.255.255 ou 192.168.1.255, ou n&apos;importe quel hôte
  --text-port P      port des lignes de capteurs (par défaut 52001)
  --drone-port P     port des trames de drone (par défaut 52002)
  --text-rate R      lignes de capteurs par seconde, 0 pour aucune (par défaut 2)
  --drone-rate R     trames de drone par seconde, 0 pour aucune (par défaut 25)
  --seconds S        arrêter après S secondes (par défaut : jusqu&apos;à Ctrl+C)
  --json             totaux en objets JSON
  --quiet            n&apos;afficher que les totaux finaux
  -h, --help         affiche cette aide

Exemples :
  netlab demo-streams
  netlab demo-streams --to 192.168.1.255 --drone-rate 50
  netlab udp-listen 52001 52002:drone     (dans un autre terminal)
</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a rate from 0 to %3 per second</source>
        <translation>%1 : « %2 » n&apos;est pas un débit de 0 à %3 par seconde</translation>
    </message>
    <message>
        <source>--to: &apos;%1&apos; is not an IP address</source>
        <translation>--to : « %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>--seconds: &apos;%1&apos; is not a positive number of seconds</source>
        <translation>--seconds : « %1 » n&apos;est pas un nombre de secondes positif</translation>
    </message>
    <message>
        <source>%1 sensor lines to %2, %3 drone frames to %4</source>
        <translation>%1 lignes de capteurs vers %2, %3 trames de drone vers %4</translation>
    </message>
    <message>
        <source>sending %1 sensor lines/s to %2 and %3 drone frames/s to %4 (Ctrl+C stops)</source>
        <translation>envoi de %1 lignes de capteurs/s vers %2 et de %3 trames de drone/s vers %4 (Ctrl+C arrête)</translation>
    </message>
    <message>
        <source>Usage: netlab http [OPTIONS] METHOD URL
Send one HTTP request and print the response&apos;s status line, headers and body,
like curl -i. Redirects are followed and each hop is reported on stderr.

Options:
  -H, --header &apos;K: V&apos;    add a request header (repeatable)
  -d, --data BODY        send BODY (as given, UTF-8); Content-Type is
                         application/x-www-form-urlencoded unless -H sets one
  --raw                  send standard input as the request, byte for byte, to
                         URL&apos;s host and port (TLS for https://); METHOD is only
                         a reminder then. The exact response bytes are parsed.
  --timing               print name lookup, connect, TLS, first byte and total
                         times on stderr
  --max-bytes N          refuse a response larger than N bytes (default 16 MiB)
  --timeout MS           give up after MS milliseconds (default 30000)
  --insecure             accept a certificate that does not verify
  -h, --help             show this help

Exit status: 0 when a response arrived (whatever its status code), 1 when none
did (refused, timeout, malformed or too large), 2 for bad arguments.

Examples:
  netlab http GET &apos;http://127.0.0.1:8080/?name=Zo%C3%A9&apos;
  netlab http POST http://127.0.0.1:8750/api -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;on&quot;: true}&apos;
  printf &apos;GET / HTTP/1.0\r\nHost: example.org\r\n\r\n&apos; | netlab http GET http://example.org/ --raw
</source>
        <translation>Utilisation : netlab http [OPTIONS] MÉTHODE URL
Envoie une requête HTTP et affiche la ligne d&apos;état, les en-têtes et le corps de la
réponse, comme curl -i. Les redirections sont suivies et chaque étape est signalée
sur la sortie d&apos;erreur.

Options :
  -H, --header &apos;K: V&apos;    ajoute un en-tête de requête (répétable)
  -d, --data CORPS       envoie CORPS (tel quel, en UTF-8) ; Content-Type vaut
                         application/x-www-form-urlencoded sauf si -H en fixe un
  --raw                  envoie l&apos;entrée standard comme requête, octet pour octet,
                         à l&apos;hôte et au port de l&apos;URL (TLS pour https://) ; MÉTHODE
                         n&apos;est alors qu&apos;un rappel. Les octets exacts de la réponse
                         sont analysés.
  --timing               affiche sur la sortie d&apos;erreur les durées de résolution du
                         nom, de connexion, TLS, du premier octet et totale
  --max-bytes N          refuse une réponse de plus de N octets (par défaut 16 Mio)
  --timeout MS           abandonne après MS millisecondes (par défaut 30000)
  --insecure             accepte un certificat qui ne se vérifie pas
  -h, --help             affiche cette aide

Code de sortie : 0 quand une réponse est arrivée (quel que soit son code d&apos;état),
1 quand aucune n&apos;est arrivée (refus, délai dépassé, réponse malformée ou trop
grande), 2 pour des arguments incorrects.

Exemples :
  netlab http GET &apos;http://127.0.0.1:8080/?name=Zo%C3%A9&apos;
  netlab http POST http://127.0.0.1:8750/api -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;on&quot;: true}&apos;
  printf &apos;GET / HTTP/1.0\r\nHost: example.org\r\n\r\n&apos; | netlab http GET http://example.org/ --raw
</translation>
    </message>
    <message>
        <source>needs METHOD and URL</source>
        <translation>il faut MÉTHODE et URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a method such as GET or POST</source>
        <translation>« %1 » n&apos;est pas une méthode comme GET ou POST</translation>
    </message>
    <message>
        <source>header &apos;%1&apos;: write it as &apos;Name: value&apos;</source>
        <translation>en-tête « %1 » : écrivez-le sous la forme « Nom: valeur »</translation>
    </message>
    <message>
        <source>redirected: %1 %2 -&gt; %3</source>
        <translation>redirigé : %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>timing: lookup %1, connect %2, TLS %3, first byte %4, total %5</source>
        <translation>durées : résolution %1, connexion %2, TLS %3, premier octet %4, total %5</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat : %1</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <source>the request on standard input is larger than %1 bytes</source>
        <translation>la requête sur l&apos;entrée standard dépasse %1 octets</translation>
    </message>
    <message>
        <source>--raw: standard input is empty; pipe the request in</source>
        <translation>--raw : l&apos;entrée standard est vide ; envoyez-y la requête par un tube</translation>
    </message>
    <message>
        <source>Usage: netlab http-serve [OPTIONS]
A small HTTP/1.1 server for the HTTP lab. It answers every request with one page
(a built-in one, or --body-file) or serves a folder (--dir) like
python3 -m http.server, and logs every request exactly as it arrived.
The first line gives the URL it serves (with --port 0: the port picked).

Options:
  --bind ADDR            address to listen on: any (default), any4, any6,
                         localhost, localhost6, or an address of this machine
  --port P               port, 0 for any free port (default 8080)
  --dir D                serve the files under folder D (index.html or a listing
                         for folders; nothing outside D is ever served)
  --body-file F          answer every request with the content of file F
                         (Content-Type from its suffix)
  --max-connections N    clients at once; more get 503 (default 1000)
  --json                 one JSON object per event (listening, request, response,
                         rejected, error)
  --quiet                log nothing per request (for load tests)
  -h, --help             show this help

Runs until interrupted (Ctrl+C). Exit status: 1 when it cannot listen or read
the file (the reason is printed), 2 for bad arguments.

Examples:
  netlab http-serve --port 8080
  netlab http-serve --bind localhost --port 0 --dir ~/www
</source>
        <translation>Utilisation : netlab http-serve [OPTIONS]
Un petit serveur HTTP/1.1 pour le TP HTTP. Il répond à chaque requête par une page
(une page intégrée, ou --body-file) ou sert un dossier (--dir) comme
python3 -m http.server, et journalise chaque requête exactement telle qu&apos;elle est arrivée.
La première ligne donne l&apos;URL servie (avec --port 0 : le port choisi).

Options :
  --bind ADR             adresse d&apos;écoute : any (par défaut), any4, any6,
                         localhost, localhost6, ou une adresse de cette machine
  --port P               port, 0 pour n&apos;importe quel port libre (par défaut 8080)
  --dir D                sert les fichiers du dossier D (index.html ou une liste
                         pour les dossiers ; rien hors de D n&apos;est jamais servi)
  --body-file F          répond à chaque requête avec le contenu du fichier F
                         (Content-Type d&apos;après son suffixe)
  --max-connections N    clients simultanés ; les suivants reçoivent 503 (par
                         défaut 1000)
  --json                 un objet JSON par événement (listening, request, response,
                         rejected, error)
  --quiet                ne journalise rien par requête (pour les tests de charge)
  -h, --help             affiche cette aide

Tourne jusqu&apos;à interruption (Ctrl+C). Code de sortie : 1 quand il ne peut pas
écouter ou lire le fichier (la raison est affichée), 2 pour des arguments incorrects.

Exemples :
  netlab http-serve --port 8080
  netlab http-serve --bind localhost --port 0 --dir ~/www
</translation>
    </message>
    <message>
        <source>--dir and --body-file exclude each other</source>
        <translation>--dir et --body-file s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; use --dir</source>
        <translation>%1 : plus de %2 octets ; utilisez --dir</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>the built-in page</source>
        <translation>la page intégrée</translation>
    </message>
    <message>
        <source>%1 request %2 from %3, %4 bytes:</source>
        <translation>%1 requête %2 de %3, %4 octets :</translation>
    </message>
    <message>
        <source>  … (%1 more lines)</source>
        <translation>  … (%1 lignes de plus)</translation>
    </message>
    <message>
        <source>%1 response %2: %3, %4 bytes</source>
        <translation>%1 réponse %2 : %3, %4 octets</translation>
    </message>
    <message>
        <source>%1 rejected %2: %3%4</source>
        <translation>%1 rejeté %2 : %3%4</translation>
    </message>
    <message>
        <source>serving %1 on %2</source>
        <translation>sert %1 sur %2</translation>
    </message>
    <message>
        <source>Usage: netlab ifaces [--json]
Show this machine: host name, user, and every network interface with its flags,
MAC address, IPv4 / IPv6 addresses, netmask / prefix and broadcast address (the
one to send to for the UDP broadcast lab, e.g. x.y.255.255 on a /16).

Options:
  --json              one JSON object per line: host, then one per interface
  -h, --help          show this help
</source>
        <translation>Utilisation : netlab ifaces [--json]
Montre cette machine : nom d&apos;hôte, utilisateur, et chaque interface réseau avec ses
indicateurs, son adresse MAC, ses adresses IPv4 / IPv6, masque / préfixe et adresse
de diffusion (celle à utiliser pour le TP de diffusion UDP, par ex. x.y.255.255 sur un /16).

Options :
  --json              un objet JSON par ligne : l&apos;hôte, puis un par interface
  -h, --help          affiche cette aide
</translation>
    </message>
    <message>
        <source>host name: %1   user: %2</source>
        <translation>nom d&apos;hôte : %1   utilisateur : %2</translation>
    </message>
    <message>
        <source>  MAC %1</source>
        <translation>  MAC %1</translation>
    </message>
    <message>
        <source>  (%1, MTU %2)</source>
        <translation>  (%1, MTU %2)</translation>
    </message>
    <message>
        <source>  broadcast %1</source>
        <translation>  diffusion %1</translation>
    </message>
    <message>
        <source>Usage: netlab lookup NAME [--port P] [--type TYPE] [--server ADDR] [OPTIONS]
Look NAME (a host name or an address) up the way a program does: its IPv4 and
IPv6 addresses as getaddrinfo() gives them, one row per family, socket type,
protocol, address and port (Python: socket.getaddrinfo(NAME, P)). For an
address, also the name registered for it. With --type, ask the DNS for records
instead, like nslookup -type=TYPE or dig.

Options:
  --port P            the port in each row, 1-65535 (default: none)
  --type TYPE         DNS records: A, AAAA, CNAME, MX, NS, TXT, SRV or PTR
                      (PTR of an address is a reverse lookup, like dig -x)
  --server ADDR       the DNS server to ask for --type (default: the system&apos;s)
  --timeout MS        give up after MS milliseconds (default 5000)
  --json              one JSON object per line: rows, then done or error
  -h, --help          show this help

Exit status: 0 found, 1 the lookup failed (the reason on stderr), 2 bad arguments.

Examples:
  netlab lookup localhost --port 80
  netlab lookup example.org --type MX
  netlab lookup 192.0.2.1 --type PTR
</source>
        <translation>Utilisation : netlab lookup NOM [--port P] [--type TYPE] [--server ADR] [OPTIONS]
Résout NOM (un nom d&apos;hôte ou une adresse) comme le fait un programme : ses adresses
IPv4 et IPv6 telles que getaddrinfo() les donne, une ligne par famille, type de
socket, protocole, adresse et port (Python : socket.getaddrinfo(NOM, P)). Pour une
adresse, aussi le nom enregistré pour elle. Avec --type, interroge plutôt le DNS
sur des enregistrements, comme nslookup -type=TYPE ou dig.

Options :
  --port P            le port de chaque ligne, 1-65535 (par défaut : aucun)
  --type TYPE         enregistrements DNS : A, AAAA, CNAME, MX, NS, TXT, SRV ou PTR
                      (le PTR d&apos;une adresse est une résolution inverse, comme dig -x)
  --server ADR        le serveur DNS à interroger pour --type (par défaut : celui
                      du système)
  --timeout MS        abandonne après MS millisecondes (par défaut 5000)
  --json              un objet JSON par ligne : les lignes, puis done ou error
  -h, --help          affiche cette aide

Code de sortie : 0 trouvé, 1 échec de la résolution (la raison sur la sortie
d&apos;erreur), 2 arguments incorrects.

Exemples :
  netlab lookup localhost --port 80
  netlab lookup example.org --type MX
  netlab lookup 192.0.2.1 --type PTR
</translation>
    </message>
    <message>
        <source>needs a NAME to look up</source>
        <translation>il faut un NOM à résoudre</translation>
    </message>
    <message>
        <source>--type is one of A, AAAA, CNAME, MX, NS, TXT, SRV, PTR; not &apos;%1&apos;</source>
        <translation>--type vaut A, AAAA, CNAME, MX, NS, TXT, SRV ou PTR ; pas « %1 »</translation>
    </message>
    <message>
        <source>--port applies to address lookups, not to --type</source>
        <translation>--port s&apos;applique aux résolutions d&apos;adresses, pas à --type</translation>
    </message>
    <message>
        <source>--server applies to DNS record lookups (--type)</source>
        <translation>--server s&apos;applique aux recherches d&apos;enregistrements DNS (--type)</translation>
    </message>
    <message>
        <source>--server needs an IP address, not &apos;%1&apos;</source>
        <translation>--server demande une adresse IP, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: looked up in %2 ms</source>
        <translation>%1 : résolu en %2 ms</translation>
    </message>
    <message>
        <source>; its name: %1</source>
        <translation> ; son nom : %1</translation>
    </message>
    <message>
        <source>a netlab-agent&apos;s info, stored readings, live readings (follow), LED</source>
        <translation>infos d&apos;un netlab-agent, mesures enregistrées, mesures en direct (follow), LED</translation>
    </message>
    <message>
        <source>the LAN mini chat: host or join; stdin lines sent, peers&apos; lines printed</source>
        <translation>le mini-chat du réseau local : héberger ou rejoindre ; lignes de stdin envoyées, lignes des pairs affichées</translation>
    </message>
    <message>
        <source>send the UDP lab&apos;s sensor lines and drone frames (52001/52002)</source>
        <translation>envoie les lignes de capteurs et les trames de drone du TP UDP (52001/52002)</translation>
    </message>
    <message>
        <source>one HTTP request (or --raw: stdin&apos;s bytes exactly); print status, headers, body</source>
        <translation>une requête HTTP (ou --raw : les octets exacts de stdin) ; affiche état, en-têtes, corps</translation>
    </message>
    <message>
        <source>serve one page or a folder over HTTP/1.1; log every raw request</source>
        <translation>sert une page ou un dossier en HTTP/1.1 ; journalise chaque requête brute</translation>
    </message>
    <message>
        <source>this machine: host name, user, interfaces with addresses and broadcast</source>
        <translation>cette machine : nom d&apos;hôte, utilisateur, interfaces avec adresses et diffusion</translation>
    </message>
    <message>
        <source>a name&apos;s addresses (getaddrinfo rows) or DNS records (A, MX, PTR...)</source>
        <translation>les adresses d&apos;un nom (lignes getaddrinfo) ou des enregistrements DNS (A, MX, PTR...)</translation>
    </message>
    <message>
        <source>timed TCP connect check to HOST PORT, or whether a local port is free</source>
        <translation>test de connexion TCP chronométré vers HÔTE PORT, ou si un port local est libre</translation>
    </message>
    <message>
        <source>a serial terminal: stdin to the port, the port to stdout (text or hex)</source>
        <translation>un terminal série : stdin vers le port, le port vers stdout (texte ou hexa)</translation>
    </message>
    <message>
        <source>run the sensor-node session (START, DATA + ACK, STOP); print packets</source>
        <translation>déroule la session du nœud capteur (START, DATA + ACK, STOP) ; affiche les paquets</translation>
    </message>
    <message>
        <source>a simulated sensor node on a new pseudo-terminal; prints its path</source>
        <translation>un nœud capteur simulé sur un nouveau pseudo-terminal ; affiche son chemin</translation>
    </message>
    <message>
        <source>connect to HOST PORT; stdin to the socket, the socket to stdout (like nc)</source>
        <translation>se connecte à HÔTE PORT ; stdin vers le socket, le socket vers stdout (comme nc)</translation>
    </message>
    <message>
        <source>listen for TCP clients; log connections and data, echo or acknowledge</source>
        <translation>écoute les clients TCP ; journalise connexions et données, écho ou accusé de réception</translation>
    </message>
    <message>
        <source>listen on UDP ports at once; decode text, hex or struct frames; rates</source>
        <translation>écoute plusieurs ports UDP à la fois ; décode texte, hexa ou trames struct ; débits</translation>
    </message>
    <message>
        <source>send UDP datagrams (text, hex, struct frame) once or N at R per second</source>
        <translation>envoie des datagrammes UDP (texte, hexa, trame struct) une fois ou N à R par seconde</translation>
    </message>
    <message>
        <source>Usage: netlab SUBCOMMAND [OPTIONS...]
The command-line twin of NetLab Workbench: every lab&apos;s core, headless.

Subcommands:
</source>
        <translation>Utilisation : netlab SOUS-COMMANDE [OPTIONS...]
Le jumeau en ligne de commande de NetLab Workbench : le cœur de chaque TP, sans interface graphique.

Sous-commandes :
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help       show this help, or a subcommand&apos;s with SUBCOMMAND --help
  -v, --version    show the version
</source>
        <translation>
Options :
  -h, --help       affiche cette aide, ou celle d&apos;une sous-commande avec SOUS-COMMANDE --help
  -v, --version    affiche la version
</translation>
    </message>
    <message>
        <source>netlab: unknown subcommand &apos;%1&apos; (see netlab --help)
</source>
        <translation>netlab : sous-commande inconnue « %1 » (voir netlab --help)
</translation>
    </message>
    <message>
        <source>Usage: netlab port-check HOST PORT [--timeout MS] [--json]
       netlab port-check --free PORT [--udp] [--bind ADDR] [--json]
Connect to HOST PORT over TCP, report how long the connection took, and close it
(&quot;refused&quot;: nothing listens there). With --free, tell whether a server on this
machine could bind PORT now (ports below 1024 need administrator rights).

Options:
  --timeout MS        give up connecting after MS milliseconds (default 5000)
  --free              check a local port instead of connecting
  --udp               with --free: the UDP port (default TCP)
  --bind ADDR         with --free: the address to bind (default: any)
  --json              one JSON object with the result
  -h, --help          show this help

Exit status: 0 connected / free, 1 refused, timed out or in use, 2 bad arguments.

Examples:
  netlab port-check 127.0.0.1 50000
  netlab port-check --free 52001 --udp
</source>
        <translation>Utilisation : netlab port-check HÔTE PORT [--timeout MS] [--json]
              netlab port-check --free PORT [--udp] [--bind ADR] [--json]
Se connecte en TCP à HÔTE PORT, indique la durée de la connexion et la ferme
(« refusée » : rien n&apos;écoute là). Avec --free, indique si un serveur de cette
machine pourrait se lier à PORT maintenant (les ports sous 1024 demandent les
droits d&apos;administrateur).

Options :
  --timeout MS        abandonne la connexion après MS millisecondes (par défaut 5000)
  --free              teste un port local au lieu de se connecter
  --udp               avec --free : le port UDP (par défaut TCP)
  --bind ADR          avec --free : l&apos;adresse à lier (par défaut : toutes)
  --json              un objet JSON avec le résultat
  -h, --help          affiche cette aide

Code de sortie : 0 connecté / libre, 1 refusé, délai dépassé ou occupé,
2 arguments incorrects.

Exemples :
  netlab port-check 127.0.0.1 50000
  netlab port-check --free 52001 --udp
</translation>
    </message>
    <message>
        <source>--free needs a PORT</source>
        <translation>--free demande un PORT</translation>
    </message>
    <message>
        <source>--free takes one PORT, not &apos;%1&apos;</source>
        <translation>--free prend un seul PORT, pas « %1 »</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1 : %2)</translation>
    </message>
    <message>
        <source>--timeout applies to the connect check, not to --free</source>
        <translation>--timeout s&apos;applique au test de connexion, pas à --free</translation>
    </message>
    <message>
        <source>--udp and --bind go with --free</source>
        <translation>--udp et --bind vont avec --free</translation>
    </message>
    <message>
        <source>needs HOST and PORT (or --free PORT)</source>
        <translation>il faut HÔTE et PORT (ou --free PORT)</translation>
    </message>
    <message>
        <source>Usage: netlab serial [OPTIONS] PORT
Open the serial port PORT (ttyUSB0, /dev/rfcomm0, COM3, a pty path), send
standard input to it and write what arrives to standard output.

Options:
</source>
        <translation>Utilisation : netlab serial [OPTIONS] PORT
Ouvre le port série PORT (ttyUSB0, /dev/rfcomm0, COM3, un chemin de pty), y envoie
l&apos;entrée standard et écrit ce qui arrive sur la sortie standard.

Options :
</translation>
    </message>
    <message>
        <source>  --hex                  print received bytes as hex, one line per read; read
                         standard input as lines of hex (&quot;41 43 4b 0a&quot;)
  --timestamps           print each read on its own line, after the local time
                         (text escaped like &quot;ACK\n&quot;)
  --line-ending MODE     how each line of text input ends on the wire: lf
                         (default), crlf, cr or none
  --linger MS            after the end of standard input, keep printing for MS
                         milliseconds, then exit (default 1000)
  -h, --help             show this help

Exit status: 0 after the end of input, 1 when the port cannot be opened or
goes away (unplugged), 2 for bad arguments.

Examples:
  netlab serial --baud 115200 /dev/rfcomm0
  printf &apos;START\n&apos; | netlab serial --timestamps --linger 3000 /dev/ttyUSB0
</source>
        <translation>  --hex                  affiche les octets reçus en hexa, une ligne par lecture ;
                         lit l&apos;entrée standard comme des lignes d&apos;hexa (« 41 43 4b 0a »)
  --timestamps           affiche chaque lecture sur sa propre ligne, après l&apos;heure
                         locale (texte échappé comme « ACK\n »)
  --line-ending MODE     fin de chaque ligne de texte envoyée sur la ligne : lf
                         (par défaut), crlf, cr ou none
  --linger MS            après la fin de l&apos;entrée standard, continue d&apos;afficher
                         pendant MS millisecondes, puis s&apos;arrête (par défaut 1000)
  -h, --help             affiche cette aide

Code de sortie : 0 après la fin de l&apos;entrée, 1 quand le port ne peut pas être ouvert
ou disparaît (débranché), 2 pour des arguments incorrects.

Exemples :
  netlab serial --baud 115200 /dev/rfcomm0
  printf &apos;START\n&apos; | netlab serial --timestamps --linger 3000 /dev/ttyUSB0
</translation>
    </message>
    <message>
        <source>needs PORT</source>
        <translation>il faut PORT</translation>
    </message>
    <message>
        <source>%1 open at %2</source>
        <translation>%1 ouvert à %2</translation>
    </message>
    <message>
        <source>input line %1 not sent: %2</source>
        <translation>ligne d&apos;entrée %1 non envoyée : %2</translation>
    </message>
    <message>
        <source>input line longer than 1 MiB not sent</source>
        <translation>ligne d&apos;entrée de plus de 1 Mio non envoyée</translation>
    </message>
    <message>
        <source>Usage: netlab serial-node [OPTIONS] PORT
Run the sensor-node exchange on the serial port PORT: send the start command,
read fixed-length packets, acknowledge each one, send the stop command after
--count packets (or on Ctrl+C). Prints one line per decoded packet: the field
values as Python prints them. Bad packets are counted and reported on stderr;
the session resynchronises on the next magic.

Options:
</source>
        <translation>Utilisation : netlab serial-node [OPTIONS] PORT
Déroule l&apos;échange avec le nœud capteur sur le port série PORT : envoie la commande
de démarrage, lit des paquets de longueur fixe, accuse réception de chacun, envoie la
commande d&apos;arrêt après --count paquets (ou à Ctrl+C). Affiche une ligne par paquet
décodé : les valeurs des champs telles que Python les affiche. Les paquets incorrects
sont comptés et signalés sur la sortie d&apos;erreur ; la session se resynchronise sur le
prochain motif magique.

Options :
</translation>
    </message>
    <message>
        <source>  --json                 one JSON object per line: &quot;packet&quot; events with the
                         values by name, &quot;bad-packet&quot; events, and a final
                         &quot;summary&quot; with the counters
  --csv FILE             also write the packets to FILE as CSV at the end
  -h, --help             show this help

Exit status: 0 when every packet arrived (or after Ctrl+C), 1 when the port
fails, closes, or the node falls silent, 2 for bad arguments.

Examples:
  netlab serial-node /dev/rfcomm0
  netlab serial-node --count 50 --json --baud 9600 /dev/ttyUSB0
  netlab serial-node $(netlab serial-sim &amp; sleep 1)   # see serial-sim
</source>
        <translation>  --json                 un objet JSON par ligne : événements « packet » avec les
                         valeurs par nom, événements « bad-packet », et un
                         « summary » final avec les compteurs
  --csv FICHIER          écrit aussi les paquets dans FICHIER en CSV à la fin
  -h, --help             affiche cette aide

Code de sortie : 0 quand tous les paquets sont arrivés (ou après Ctrl+C), 1 quand le
port échoue, se ferme, ou que le nœud se tait, 2 pour des arguments incorrects.

Exemples :
  netlab serial-node /dev/rfcomm0
  netlab serial-node --count 50 --json --baud 9600 /dev/ttyUSB0
  netlab serial-node $(netlab serial-sim &amp; sleep 1)   # voir serial-sim
</translation>
    </message>
    <message>
        <source>received %1, acknowledged %2, bad %3, resyncs %4, missed %5, %6 packets/s</source>
        <translation>reçus %1, acquittés %2, incorrects %3, resynchronisations %4, manqués %5, %6 paquets/s</translation>
    </message>
    <message>
        <source>Usage: netlab serial-sim [OPTIONS]
Start a simulated sensor node on a new pseudo-terminal and print its path (the
port to open) on the first line of standard output. On the start command it
streams DATA packets (magic, sequence, time in ms, displacement x/y/z, roll/
pitch/yaw) until the stop command; it counts the acknowledgements. Runs until
Ctrl+C. Linux and macOS only (pseudo-terminals).

Options:
  --rate N               packets per second (default 100); 0: as fast as the
                         reader takes them
  --line-rate BAUD       the packet rate a real line of BAUD would carry
                         (115200: 180 packets/s of 64 bytes)
  --limit N              stop after N packets (default: until STOP)
  --fault KIND@N         damage packet N (0 = the first after START); KIND is
                         corrupt, drop-byte, garbage, silence or disconnect;
                         repeatable
</source>
        <translation>Utilisation : netlab serial-sim [OPTIONS]
Démarre un nœud capteur simulé sur un nouveau pseudo-terminal et affiche son chemin
(le port à ouvrir) sur la première ligne de la sortie standard. À la commande de
démarrage, il émet des paquets DATA (motif magique, numéro de séquence, temps en ms,
déplacement x/y/z, roulis/tangage/lacet) jusqu&apos;à la commande d&apos;arrêt ; il compte les
accusés de réception. Tourne jusqu&apos;à Ctrl+C. Linux et macOS seulement
(pseudo-terminaux).

Options :
  --rate N               paquets par seconde (par défaut 100) ; 0 : aussi vite que
                         le lecteur les prend
  --line-rate BAUD       le débit de paquets que porterait une vraie ligne à BAUD
                         (115200 : 180 paquets/s de 64 octets)
  --limit N              s&apos;arrête après N paquets (par défaut : jusqu&apos;à STOP)
  --fault TYPE@N         abîme le paquet N (0 = le premier après START) ; TYPE vaut
                         corrupt, drop-byte, garbage, silence ou disconnect ;
                         répétable
</translation>
    </message>
    <message>
        <source>  -h, --help             show this help

Example:
  netlab serial-sim --fault drop-byte@50     # prints /dev/pts/7
  netlab serial-node /dev/pts/7              # in another terminal
</source>
        <translation>  -h, --help             affiche cette aide

Exemple :
  netlab serial-sim --fault drop-byte@50     # affiche /dev/pts/7
  netlab serial-node /dev/pts/7              # dans un autre terminal
</translation>
    </message>
    <message>
        <source>--rate and --line-rate exclude each other</source>
        <translation>--rate et --line-rate s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--rate is a number of packets per second from 0 to 1000000; not &apos;%1&apos;</source>
        <translation>--rate est un nombre de paquets par seconde de 0 à 1000000 ; pas « %1 »</translation>
    </message>
    <message>
        <source>--fault is KIND@N, KIND one of corrupt, drop-byte, garbage, silence, disconnect; not &apos;%1&apos;</source>
        <translation>--fault s&apos;écrit TYPE@N, TYPE parmi corrupt, drop-byte, garbage, silence, disconnect ; pas « %1 »</translation>
    </message>
    <message>
        <source>simulated sensor node on %1; waiting for %2 (Ctrl+C ends)</source>
        <translation>nœud capteur simulé sur %1 ; attend %2 (Ctrl+C arrête)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu %1</translation>
    </message>
    <message>
        <source>%1 packets sent, %2 acknowledged</source>
        <translation>%1 paquets envoyés, %2 acquittés</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>impossible de lire stdin : %1</translation>
    </message>
    <message>
        <source>Usage: netlab tcp-client [OPTIONS] HOST PORT
Connect to HOST (a name, an IPv4 or an IPv6 address) on PORT, send standard
input to the socket and write what arrives to standard output, like nc.
When standard input ends, the sending side is closed (the peer sees the end
of the stream) and what the peer still sends is printed until it closes.

Options:
  --hex                  print received bytes as hex, one line per chunk; read
                         standard input as lines of hex (&quot;48 65 6c&quot;, &quot;48656c&quot;,
                         &quot;0x48,0x65&quot;); a line that is not hex is reported and
                         skipped
  --line-ending MODE     how each line of text input ends on the wire:
                         lf (default, input unchanged), crlf, cr, or none
  --timeout MS           give up connecting after MS milliseconds (default 10000)
  -h, --help             show this help

Exit status: 0 when the connection ends normally (the peer closes it),
1 when connecting fails or the connection breaks, 2 for bad arguments.

Examples:
  echo Hello | netlab tcp-client 127.0.0.1 50000
  netlab tcp-client --line-ending crlf example.org 80
  echo &apos;01 02 ff&apos; | netlab tcp-client --hex ::1 52000
</source>
        <translation>Utilisation : netlab tcp-client [OPTIONS] HÔTE PORT
Se connecte à HÔTE (un nom, une adresse IPv4 ou IPv6) sur PORT, envoie l&apos;entrée
standard au socket et écrit ce qui arrive sur la sortie standard, comme nc.
Quand l&apos;entrée standard se termine, le côté envoi est fermé (le pair voit la fin
du flux) et ce que le pair envoie encore est affiché jusqu&apos;à ce qu&apos;il ferme.

Options :
  --hex                  affiche les octets reçus en hexa, une ligne par bloc ; lit
                         l&apos;entrée standard comme des lignes d&apos;hexa (« 48 65 6c »,
                         « 48656c », « 0x48,0x65 ») ; une ligne qui n&apos;est pas de
                         l&apos;hexa est signalée et ignorée
  --line-ending MODE     fin de chaque ligne de texte envoyée sur la ligne :
                         lf (par défaut, entrée inchangée), crlf, cr, ou none
  --timeout MS           abandonne la connexion après MS millisecondes (par défaut 10000)
  -h, --help             affiche cette aide

Code de sortie : 0 quand la connexion se termine normalement (le pair la ferme),
1 quand la connexion échoue ou se rompt, 2 pour des arguments incorrects.

Exemples :
  echo Hello | netlab tcp-client 127.0.0.1 50000
  netlab tcp-client --line-ending crlf example.org 80
  echo &apos;01 02 ff&apos; | netlab tcp-client --hex ::1 52000
</translation>
    </message>
    <message>
        <source>needs HOST and PORT</source>
        <translation>il faut HÔTE et PORT</translation>
    </message>
    <message>
        <source>the host is empty</source>
        <translation>l&apos;hôte est vide</translation>
    </message>
    <message>
        <source>--line-ending does not apply to --hex input</source>
        <translation>--line-ending ne s&apos;applique pas à une entrée --hex</translation>
    </message>
    <message>
        <source>connected to %1 port %2 from local port %3</source>
        <translation>connecté à %1 port %2 depuis le port local %3</translation>
    </message>
    <message>
        <source>input line longer than %1 characters not sent</source>
        <translation>ligne d&apos;entrée de plus de %1 caractères non envoyée</translation>
    </message>
    <message>
        <source>--echo and --ack exclude each other</source>
        <translation>--echo et --ack s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--ack needs a non-empty TEXT</source>
        <translation>--ack demande un TEXTE non vide</translation>
    </message>
    <message>
        <source>--per-line needs --echo or --ack</source>
        <translation>--per-line demande --echo ou --ack</translation>
    </message>
    <message>
        <source>%1 client %2 %3 connected (%4 connected)</source>
        <translation>%1 client %2 %3 connecté (%4 connectés)</translation>
    </message>
    <message>
        <source>%1 client %2 %3 disconnected: %4</source>
        <translation>%1 client %2 %3 déconnecté : %4</translation>
    </message>
    <message>
        <source>%1 rejected %2: %3</source>
        <translation>%1 rejeté %2 : %3</translation>
    </message>
    <message>
        <source>%1 client %2 %3 %4 bytes: %5</source>
        <translation>%1 client %2 %3 %4 octets : %5</translation>
    </message>
    <message>
        <source>client %1 sent a line longer than %2 bytes (%3 so far); answered as a chunk</source>
        <translation>le client %1 a envoyé une ligne de plus de %2 octets (%3 jusqu&apos;ici) ; réponse comme un bloc</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Usage: netlab udp-listen PORT[:FORMAT[:NAMES]]... [OPTIONS]
Listen on one or more UDP ports at once and print one line per datagram,
the rate of each port on standard error every second, and a summary at the
end (messages, bytes, bad frames, average rate per port).

  PORT      a port, 0 for any free port (the one picked is announced)
  FORMAT    text (default), hex, drone (&lt;diiiiffff), sensor-node
            (&lt;4sII6f28x), or a Python struct format such as &apos;&lt;diiiiffff&apos;
            (write the struct format &quot;hex&quot; as &apos;@hex&apos;)
  NAMES     comma-separated field names, one per value: date,pitch,roll

Options:
  --bind ADDR          address to bind: any4 (default; receives broadcasts),
                       any, any6, localhost, or an address of this machine
  --multicast GROUP    join the multicast GROUP (e.g. 239.1.2.3) on every port
  --interface NAME     the interface for --multicast (e.g. eth0)
  --encoding ENC       text ports: utf-8 (default), ascii or latin-1
  --errors MODE        text ports: replace (default), strict or ignore
  --json               every line one JSON object (datagram, rates, summary)
  --quiet              print only the summary
  --count N            stop after N datagrams (all ports together)
  --seconds S          stop after S seconds
  -h, --help           show this help

Stops at --count, --seconds or Ctrl+C, then prints the summary. Exit status:
1 when a port cannot be bound (the reason is printed), 2 for bad arguments.

Examples:
  netlab udp-listen 52001 52002:drone
  netlab udp-listen 52002:&apos;&lt;diiiiffff&apos;:date,pitch,roll,yaw,battery,baro,ax,ay,az
  netlab udp-listen 50005 --bind localhost --count 1 --json
</source>
        <translation>Utilisation : netlab udp-listen PORT[:FORMAT[:NOMS]]... [OPTIONS]
Écoute sur un ou plusieurs ports UDP à la fois et affiche une ligne par datagramme,
le débit de chaque port sur la sortie d&apos;erreur chaque seconde, et un bilan à la
fin (messages, octets, trames incorrectes, débit moyen par port).

  PORT      un port, 0 pour n&apos;importe quel port libre (celui choisi est annoncé)
  FORMAT    text (par défaut), hex, drone (&lt;diiiiffff), sensor-node
            (&lt;4sII6f28x), ou un format struct Python comme &apos;&lt;diiiiffff&apos;
            (écrivez le format struct « hex » sous la forme &apos;@hex&apos;)
  NOMS      noms des champs séparés par des virgules, un par valeur : date,pitch,roll

Options :
  --bind ADR           adresse à lier : any4 (par défaut ; reçoit les diffusions),
                       any, any6, localhost, ou une adresse de cette machine
  --multicast GROUPE   rejoint le GROUPE multicast (par ex. 239.1.2.3) sur chaque port
  --interface NOM      l&apos;interface pour --multicast (par ex. eth0)
  --encoding ENC       ports texte : utf-8 (par défaut), ascii ou latin-1
  --errors MODE        ports texte : replace (par défaut), strict ou ignore
  --json               chaque ligne un objet JSON (datagram, rates, summary)
  --quiet              n&apos;affiche que le bilan
  --count N            s&apos;arrête après N datagrammes (tous ports confondus)
  --seconds S          s&apos;arrête après S secondes
  -h, --help           affiche cette aide

S&apos;arrête à --count, --seconds ou Ctrl+C, puis affiche le bilan. Code de sortie :
1 quand un port ne peut pas être lié (la raison est affichée), 2 pour des arguments
incorrects.

Exemples :
  netlab udp-listen 52001 52002:drone
  netlab udp-listen 52002:&apos;&lt;diiiiffff&apos;:date,pitch,roll,yaw,battery,baro,ax,ay,az
  netlab udp-listen 50005 --bind localhost --count 1 --json
</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>port %1 : %2</translation>
    </message>
    <message>
        <source>port %1: %2 (format %3)</source>
        <translation>port %1 : %2 (format %3)</translation>
    </message>
    <message>
        <source>port %1: field names need a struct FORMAT</source>
        <translation>port %1 : les noms de champs demandent un FORMAT struct</translation>
    </message>
    <message>
        <source>give at least one PORT</source>
        <translation>donnez au moins un PORT</translation>
    </message>
    <message>
        <source>--multicast: &apos;%1&apos; is not an IP address</source>
        <translation>--multicast : « %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>--interface: no interface named &apos;%1&apos;</source>
        <translation>--interface : aucune interface nommée « %1 »</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not utf-8, ascii or latin-1</source>
        <translation>--encoding : « %1 » n&apos;est ni utf-8, ni ascii, ni latin-1</translation>
    </message>
    <message>
        <source>--errors: &apos;%1&apos; is not strict, replace or ignore</source>
        <translation>--errors : « %1 » n&apos;est ni strict, ni replace, ni ignore</translation>
    </message>
    <message>
        <source>listening on %1 (%2), receive buffer %3 KiB</source>
        <translation>à l&apos;écoute sur %1 (%2), tampon de réception %3 Kio</translation>
    </message>
    <message>
        <source>  (asked for %1 KiB; raise net.core.rmem_max to get more)</source>
        <translation>  (%1 Kio demandés ; augmentez net.core.rmem_max pour en avoir plus)</translation>
    </message>
    <message>
        <source>BAD (%1)</source>
        <translation>INCORRECT (%1)</translation>
    </message>
    <message>
        <source>%1 %2 &lt;- %3 %4 bytes: %5</source>
        <translation>%1 %2 &lt;- %3 %4 octets : %5</translation>
    </message>
    <message>
        <source>%1: %2 msg/s</source>
        <translation>%1 : %2 msg/s</translation>
    </message>
    <message>
        <source>rates  %1</source>
        <translation>débits  %1</translation>
    </message>
    <message>
        <source>summary port %1 (%2): %3 messages, %4 bytes, %5 bad frames, average %6 msg/s</source>
        <translation>bilan port %1 (%2) : %3 messages, %4 octets, %5 trames incorrectes, moyenne %6 msg/s</translation>
    </message>
    <message>
        <source>; last bad frame: %1</source>
        <translation> ; dernière trame incorrecte : %1</translation>
    </message>
    <message>
        <source>all ports at the same average rate (%1 msg/s)</source>
        <translation>tous les ports au même débit moyen (%1 msg/s)</translation>
    </message>
    <message>
        <source>fastest port %1 (%2 msg/s), slowest port %3 (%4 msg/s)</source>
        <translation>port le plus rapide %1 (%2 msg/s), port le plus lent %3 (%4 msg/s)</translation>
    </message>
    <message>
        <source>Usage: netlab udp-send HOST PORT (--text T | --hex H | --format F --values V...)
                       [--broadcast] [--count N] [--rate R] [OPTIONS]
Send a UDP datagram (or N of them at R per second) to HOST:PORT. HOST may be a
name, an address, a broadcast address (with --broadcast) or a multicast group.

Payload (exactly one):
  --text T            text, sent as UTF-8; escapes \n \r \t \0 \\ \xHH
  --hex H             bytes in hex: &apos;48 65 6c&apos;, &apos;48656c&apos;, &apos;0x48,0x65&apos;
  --format F          a Python struct format (or drone, sensor-node) packed
  --values V...       from the values that follow, one per field, like
                      struct.pack(F, V...): integers, floats, true/false,
                      text for s/p/c fields; &apos;now&apos; is the current time for a
                      float field

Options:
  --broadcast         allow HOST to be a broadcast address (255.255.255.255 or
                      a subnet&apos;s, e.g. 192.168.1.255); &apos;broadcast&apos; as HOST
                      means 255.255.255.255
  --count N           send N datagrams (default 1)
  --rate R            at R datagrams per second (default: as fast as possible)
  --ttl N             multicast TTL (default 1: this network only)
  --json              one JSON object per line
  --quiet             print only the final line
  -h, --help          show this help

Examples:
  netlab udp-send 127.0.0.1 50005 --text &apos;Hello, World!&apos;
  netlab udp-send broadcast 52001 --broadcast --text &apos;temp=21.5&apos; --count 10 --rate 1
  netlab udp-send 127.0.0.1 52002 --format drone --values now -12 7 359 87 1013.25 0.1 -9.81 0
</source>
        <translation>Utilisation : netlab udp-send HÔTE PORT (--text T | --hex H | --format F --values V...)
                              [--broadcast] [--count N] [--rate R] [OPTIONS]
Envoie un datagramme UDP (ou N à R par seconde) à HÔTE:PORT. HÔTE peut être un
nom, une adresse, une adresse de diffusion (avec --broadcast) ou un groupe multicast.

Charge utile (exactement une) :
  --text T            texte, envoyé en UTF-8 ; échappements \n \r \t \0 \\ \xHH
  --hex H             octets en hexa : &apos;48 65 6c&apos;, &apos;48656c&apos;, &apos;0x48,0x65&apos;
  --format F          un format struct Python (ou drone, sensor-node) empaqueté
  --values V...       à partir des valeurs qui suivent, une par champ, comme
                      struct.pack(F, V...) : entiers, flottants, true/false,
                      texte pour les champs s/p/c ; &apos;now&apos; est l&apos;heure actuelle
                      pour un champ flottant

Options :
  --broadcast         autorise HÔTE à être une adresse de diffusion (255.255.255.255
                      ou celle d&apos;un sous-réseau, par ex. 192.168.1.255) ; &apos;broadcast&apos;
                      comme HÔTE signifie 255.255.255.255
  --count N           envoie N datagrammes (par défaut 1)
  --rate R            à R datagrammes par seconde (par défaut : aussi vite que possible)
  --ttl N             TTL multicast (par défaut 1 : ce réseau seulement)
  --json              un objet JSON par ligne
  --quiet             n&apos;affiche que la dernière ligne
  -h, --help          affiche cette aide

Exemples :
  netlab udp-send 127.0.0.1 50005 --text &apos;Hello, World!&apos;
  netlab udp-send broadcast 52001 --broadcast --text &apos;temp=21.5&apos; --count 10 --rate 1
  netlab udp-send 127.0.0.1 52002 --format drone --values now -12 7 359 87 1013.25 0.1 -9.81 0
</translation>
    </message>
    <message>
        <source>give HOST and PORT</source>
        <translation>donnez HÔTE et PORT</translation>
    </message>
    <message>
        <source>give exactly one of --text, --hex or --format</source>
        <translation>donnez exactement un de --text, --hex ou --format</translation>
    </message>
    <message>
        <source>--values needs --format</source>
        <translation>--values demande --format</translation>
    </message>
    <message>
        <source>--hex: %1</source>
        <translation>--hex : %1</translation>
    </message>
    <message>
        <source>--format: %1</source>
        <translation>--format : %1</translation>
    </message>
    <message>
        <source>the payload is %1 bytes; a UDP datagram holds at most %2</source>
        <translation>la charge utile fait %1 octets ; un datagramme UDP en contient au plus %2</translation>
    </message>
    <message>
        <source>--rate: &apos;%1&apos; is not a positive number per second</source>
        <translation>--rate : « %1 » n&apos;est pas un nombre positif par seconde</translation>
    </message>
    <message>
        <source>%1 is a broadcast address: add --broadcast to send to every host on the network</source>
        <translation>%1 est une adresse de diffusion : ajoutez --broadcast pour envoyer à tous les hôtes du réseau</translation>
    </message>
    <message>
        <source>sent %1 bytes to %2 (%3/%4)</source>
        <translation>%1 octets envoyés à %2 (%3/%4)</translation>
    </message>
    <message>
        <source>sent 1 datagram (%2 bytes) to %3</source>
        <translation>1 datagramme envoyé (%2 octets) à %3</translation>
    </message>
    <message>
        <source>sent %1 datagrams (%2 bytes) to %3 in %4 s (%5/s)</source>
        <translation>%1 datagrammes envoyés (%2 octets) à %3 en %4 s (%5/s)</translation>
    </message>
    <message>
        <source>, %1 failed: %2</source>
        <translation> ; %1 en échec : %2</translation>
    </message>
    <message>
        <source>MQTT subscriber and publisher (like mosquitto_sub / mosquitto_pub)</source>
        <translation>Abonné et éditeur MQTT (comme mosquitto_sub / mosquitto_pub)</translation>
    </message>
    <message>
        <source>Usage: netlab mqtt sub [OPTIONS] -t TOPIC [-t TOPIC...]
       netlab mqtt pub [OPTIONS] -t TOPIC -m MESSAGE
An MQTT subscriber and publisher (MQTT 3.1.1 or 5), like mosquitto_sub and
mosquitto_pub. sub prints every message until Ctrl+C and reconnects when the
broker restarts.

Options:
  -h, --host HOST        the broker (default: localhost)
  -p, --port PORT        its port (default: 1883)
  -t, --topic TOPIC      sub: a filter (+ one level, # the rest), repeatable;
                         pub: the topic
  -q, --qos N            0, 1 or 2 (default: 0)
  -i, --id ID            the client id (default: made up by the library)
  -c, --persistent       clean session off: the broker keeps the session and
                         queues QoS 1/2 messages while away (needs -i)
  -k, --keepalive S      keep-alive in seconds (default: 60)
  -u, --username U       user name;  -P, --pw PASSWORD  its password
  --cafile FILE          TLS with this CA certificate (PEM)
  -V, --protocol V       mqttv311 (default) or mqttv5
  sub only:
  -v, --verbose          print &apos;topic payload&apos; (default: the payload only)
  --json                 one JSON object per message
  -C, --count N          exit after N messages
  pub only:
  -m, --message MSG      the payload
  -r, --retain           the broker keeps it as the topic&apos;s last value
  --help                 show this help

Exit status: 0 done, 1 the broker could not be reached or refused, 2 bad arguments.

Examples:
  netlab mqtt sub -h broker.local -v -t &apos;netlab/+/dht&apos;
  netlab mqtt pub -t temp -m 22.5 -r
</source>
        <translation>Usage : netlab mqtt sub [OPTIONS] -t TOPIC [-t TOPIC...]
        netlab mqtt pub [OPTIONS] -t TOPIC -m MESSAGE
Un abonné et éditeur MQTT (MQTT 3.1.1 ou 5), comme mosquitto_sub et
mosquitto_pub. sub affiche chaque message jusqu’à Ctrl+C et se reconnecte
quand le broker redémarre.

Options :
  -h, --host HOST        le broker (par défaut : localhost)
  -p, --port PORT        son port (par défaut : 1883)
  -t, --topic TOPIC      sub : un filtre (+ un niveau, # le reste), répétable ;
                         pub : le topic
  -q, --qos N            0, 1 ou 2 (par défaut : 0)
  -i, --id ID            l’id client (par défaut : inventé par la bibliothèque)
  -c, --persistent       sans clean session : le broker garde la session et
                         stocke les messages QoS 1/2 hors connexion (exige -i)
  -k, --keepalive S      keep-alive en secondes (par défaut : 60)
  -u, --username U       utilisateur ;  -P, --pw PASSWORD  son mot de passe
  --cafile FILE          TLS avec ce certificat d’AC (PEM)
  -V, --protocol V       mqttv311 (par défaut) ou mqttv5
  sub uniquement :
  -v, --verbose          affiche &apos;topic payload&apos; (par défaut : le payload seul)
  --json                 un objet JSON par message
  -C, --count N          quitte après N messages
  pub uniquement :
  -m, --message MSG      le payload
  -r, --retain           le broker le garde comme dernière valeur du topic
  --help                 affiche cette aide

Code de sortie : 0 terminé, 1 broker injoignable ou refus, 2 arguments invalides.

Exemples :
  netlab mqtt sub -h broker.local -v -t &apos;netlab/+/dht&apos;
  netlab mqtt pub -t temp -m 22.5 -r
</translation>
    </message>
    <message>
        <source>needs &apos;sub&apos; or &apos;pub&apos;</source>
        <translation>nécessite &apos;sub&apos; ou &apos;pub&apos;</translation>
    </message>
    <message>
        <source>-c (persistent session) needs a client id (-i)</source>
        <translation>-c (session persistante) nécessite un id client (-i)</translation>
    </message>
    <message>
        <source>-V takes mqttv311 or mqttv5, not &apos;%1&apos;</source>
        <translation>-V accepte mqttv311 ou mqttv5, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>needs a topic (-t)</source>
        <translation>nécessite un topic (-t)</translation>
    </message>
    <message>
        <source>-m and -r go with &apos;pub&apos;</source>
        <translation>-m et -r vont avec &apos;pub&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid topic filter</source>
        <translation>&apos;%1&apos; n’est pas un filtre de topic valide</translation>
    </message>
    <message>
        <source>-v, --json and -C go with &apos;sub&apos;</source>
        <translation>-v, --json et -C vont avec &apos;sub&apos;</translation>
    </message>
    <message>
        <source>pub takes one topic without + or #</source>
        <translation>pub accepte un seul topic sans + ni #</translation>
    </message>
    <message>
        <source>pub needs a message (-m)</source>
        <translation>pub nécessite un message (-m)</translation>
    </message>
    <message>
        <source>reconnected to %1</source>
        <translation>reconnecté à %1</translation>
    </message>
    <message>
        <source>the broker refused the subscription to %1</source>
        <translation>le broker a refusé l&apos;abonnement à %1</translation>
    </message>
    <message>
        <source>subscribed to %1 (QoS %2)</source>
        <translation>abonné à %1 (QoS %2)</translation>
    </message>
    <message>
        <source>Usage: netlab tcp-server [OPTIONS]
Listen for TCP clients, many at once, and log every connection and every
chunk of data on standard output. Optionally answer each chunk or line.
The first line says where it listens (with --port 0: the port picked).

Options:
  --bind ADDR            address to listen on: any (default, IPv4 and IPv6),
                         any4, any6, localhost, localhost6, or an address of
                         this machine such as 127.123.234.1 or ::1
  --port P               port, 0 for any free port (default 50000)
  --echo                 send every chunk (or line) back to its sender
  --ack TEXT             answer every chunk (or line) with TEXT; escapes \n \r
                         \t \0 \\ \xHH are understood (e.g. --ack &apos;OK\n&apos;)
  --per-line             answer complete lines instead of chunks
  --max-line N           --per-line: a line longer than N bytes is answered as
                         a chunk (default 65536)
  --max-clients N        at most N clients at once; more are accepted and closed
                         at once (default 2048)
  --backlog N            listen backlog (default 128)
  --threads N            spread the clients over N threads, one event loop each
                         (default 1; for load tests on several cores)
  --json                 one JSON object per event (listening, connected, data,
                         sent, disconnected, rejected, error)
  --hex                  log data as hex instead of escaped text
  --quiet                log connections only, not data (for load tests)
  -h, --help             show this help

Runs until interrupted (Ctrl+C). Exit status: 1 when it cannot listen (the
reason is printed), 2 for bad arguments.

Examples:
  netlab tcp-server --port 50000 --echo
  netlab tcp-server --bind localhost --port 0 --ack &apos;ACK\n&apos; --per-line --json
</source>
        <translation>Utilisation : netlab tcp-server [OPTIONS]
Écoute les clients TCP, plusieurs à la fois, et journalise chaque connexion et chaque
bloc de données sur la sortie standard. Peut répondre à chaque bloc ou ligne.
La première ligne indique où il écoute (avec --port 0 : le port choisi).

Options :
  --bind ADR             adresse d&apos;écoute : any (par défaut, IPv4 et IPv6),
                         any4, any6, localhost, localhost6, ou une adresse de
                         cette machine comme 127.123.234.1 ou ::1
  --port P               port, 0 pour n&apos;importe quel port libre (par défaut 50000)
  --echo                 renvoie chaque bloc (ou ligne) à son expéditeur
  --ack TEXTE            répond à chaque bloc (ou ligne) par TEXTE ; les échappements
                         \n \r \t \0 \\ \xHH sont compris (par ex. --ack &apos;OK\n&apos;)
  --per-line             répond aux lignes complètes plutôt qu&apos;aux blocs
  --max-line N           --per-line : une ligne de plus de N octets reçoit une
                         réponse comme un bloc (par défaut 65536)
  --max-clients N        au plus N clients à la fois ; les suivants sont acceptés
                         puis fermés aussitôt (par défaut 2048)
  --backlog N            file d&apos;attente d&apos;écoute (par défaut 128)
  --threads N            répartit les clients sur N fils d’exécution, chacun avec sa
                         boucle d’événements (1 par défaut ; pour les tests de charge
                         sur plusieurs cœurs)
  --json                 un objet JSON par événement (listening, connected, data,
                         sent, disconnected, rejected, error)
  --hex                  journalise les données en hexa au lieu de texte échappé
  --quiet                journalise les connexions seulement, pas les données
                         (pour les tests de charge)
  -h, --help             affiche cette aide

Tourne jusqu&apos;à interruption (Ctrl+C). Code de sortie : 1 quand il ne peut pas
écouter (la raison est affichée), 2 pour des arguments incorrects.

Exemples :
  netlab tcp-server --port 50000 --echo
  netlab tcp-server --bind localhost --port 0 --ack &apos;ACK\n&apos; --per-line --json
</translation>
    </message>
    <message>
        <source>--rate: &apos;%1&apos; is not a number of datagrams per second</source>
        <translation>--rate : « %1 » n’est pas un nombre de datagrammes par seconde</translation>
    </message>
    <message>
        <source>--join: &apos;%1&apos; is not HOST[:PORT]</source>
        <translation>--join : « %1 » n’est pas de la forme HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>give --host or --join HOST[:PORT]</source>
        <translation>indiquez --host ou --join HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>--port and --bind go with --host; join as HOST:PORT</source>
        <translation>--port et --bind vont avec --host ; pour rejoindre, écrivez HÔTE:PORT</translation>
    </message>
    <message>
        <source>-H: &apos;%1&apos; is not &apos;Name: value&apos;</source>
        <translation>-H : « %1 » n’est pas de la forme « Nom: valeur »</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 ne s’applique pas à %2</translation>
    </message>
    <message>
        <source>no one-line shell command does what %1 does with these settings; leave out --one-liner for the Python program</source>
        <translation>aucune commande shell d’une ligne ne fait ce que fait %1 avec ces réglages ; retirez --one-liner pour obtenir le programme Python</translation>
    </message>
    <message>
        <source>print a tab&apos;s settings as the Python program (or nc one-liner) a student would write</source>
        <translation>affiche les réglages d’un onglet sous forme du programme Python (ou de la ligne nc) qu’écrirait un étudiant</translation>
    </message>
    <message>
        <source>give one of --text, --hex or --format</source>
        <translation>donnez un seul de --text, --hex ou --format</translation>
    </message>
    <message>
        <source>--format and --values go together</source>
        <translation>--format et --values vont ensemble</translation>
    </message>
    <message>
        <source>--folder serves files: --status, -H and -d do not go with it</source>
        <translation>--folder sert des fichiers : --status, -H et -d ne vont pas avec</translation>
    </message>
    <message>
        <source>--folder: the folder is empty</source>
        <translation>--folder : le dossier est vide</translation>
    </message>
    <message>
        <source>Usage: netlab code TAB [OPTIONS] [ARGUMENTS]
Print the Python 3 program a student would write to do what the tab does
with these settings (the standard library, plus pyserial, requests or
paho-mqtt where the course uses them), or with --one-liner the equivalent
shell command. Comments follow the language of the user.

Tabs and their arguments and options:
  http METHOD URL          -H &apos;K: V&apos; (repeatable), -d BODY, as netlab http
  chat                     --host with --port P (default 55000) and --bind ADDR,
                           or --join HOST[:PORT]; --nick N (the mini chat in
                           plain mode: UTF-8 lines, both sides type at any time);
                           --json: the netlab mode instead (one JSON object per
                           line, as the workbench and netlab chat speak)
  tcp-client HOST PORT     --message TEXT (default Hello), --line-ending MODE
                           (lf, crlf, cr, none; default lf), --encoding ENC,
                           --errors MODE
  tcp-server               --bind ADDR, --port P (default 50000), --echo or
                           --ack TEXT (escapes \n \r \t \0 \\ \xHH), --per-line
  udp-listen PORT[:FORMAT[:NAMES]]...
                           as netlab udp-listen; --bind ADDR (default any4),
                           --encoding ENC, --errors MODE
  udp-send HOST PORT       --text T (default &quot;Hello, World!&quot;) or --hex H or
                           --format F --values V1,V2,... (a struct, as netlab
                           udp-send packs it), --count N, --rate R, --broadcast,
                           --encoding ENC
  http-server              --bind ADDR, --port P (default 8080); --folder DIR
                           (serve its files, as python3 -m http.server) or the
                           answer to every request: --status LINE (default
                           200 OK), -H &apos;K: V&apos; (repeatable), -d BODY
  serial PORT              the sensor-node session with pyserial; the options of
                           netlab serial-node (--baud, --count, --ack, --format...)
  sensors [HOST[:PORT]]    a Pi agent with requests (default 127.0.0.1:8750);
                           --window 5m, 1h, 24h or 7d, --token T, --led on|off
  mqtt [HOST]              --port P (default 1883), -t FILTER (subscribe;
                           repeatable) with -q N, --publish TOPIC with
                           --message TEXT (default 22.5) or --hex H,
                           --pub-qos N, -r (retain); -i ID, -u USER,
                           -P PASSWORD, --tls, --cafile FILE (paho-mqtt;
                           --one-liner: mosquitto_pub with --publish,
                           else mosquitto_sub -v)

Options:
  --one-liner            print the one-line shell command instead (exit
                         status 1 when none does the same)
  -h, --help             show this help

Examples:
  netlab code tcp-client 127.0.0.1 50000 --message &apos;on&apos; &gt; client.py
  netlab code tcp-server --port 50000 --ack &apos;ACK\n&apos; --per-line
  netlab code udp-listen 52001 52002:drone
  netlab code chat --join 192.168.1.20 --nick alice
  netlab code http GET &apos;http://127.0.0.1:8750/api/v1/readings?limit=10&apos;
  netlab code udp-send 127.0.0.1 50005 --text &apos;Hello, World!&apos; --one-liner
  netlab code udp-send 127.0.0.1 52002 --format &apos;&lt;hf&apos; --values -3,21.5
  netlab code http-server --port 8000 --folder ~/site --one-liner
  netlab code chat --host --nick Ana --json
</source>
        <translation>Utilisation : netlab code ONGLET [OPTIONS] [ARGUMENTS]
Affiche le programme Python 3 qu’un étudiant écrirait pour faire ce que fait
l’onglet avec ces réglages (la bibliothèque standard, plus pyserial, requests
ou paho-mqtt là où le cours s’en sert), ou avec --one-liner la commande shell
équivalente. Les commentaires suivent la langue de l’utilisateur.

Onglets, avec leurs arguments et options :
  http MÉTHODE URL         -H &apos;K: V&apos; (répétable), -d CORPS, comme netlab http
  chat                     --host avec --port P (par défaut 55000) et --bind ADR,
                           ou --join HÔTE[:PORT] ; --nick N (le mini chat en mode
                           simple : lignes UTF-8, chacun écrit à tout moment) ;
                           --json : le mode netlab à la place (un objet JSON par
                           ligne, comme le parlent le workbench et netlab chat)
  tcp-client HÔTE PORT     --message TEXTE (par défaut Hello), --line-ending MODE
                           (lf, crlf, cr, none ; par défaut lf), --encoding ENC,
                           --errors MODE
  tcp-server               --bind ADR, --port P (par défaut 50000), --echo ou
                           --ack TEXTE (échappements \n \r \t \0 \\ \xHH), --per-line
  udp-listen PORT[:FORMAT[:NOMS]]...
                           comme netlab udp-listen ; --bind ADR (par défaut any4),
                           --encoding ENC, --errors MODE
  udp-send HÔTE PORT       --text T (par défaut « Hello, World! ») ou --hex H ou
                           --format F --values V1,V2,... (une structure, empaquetée
                           comme le fait netlab udp-send), --count N, --rate R,
                           --broadcast, --encoding ENC
  http-server              --bind ADR, --port P (par défaut 8080) ; --folder DOSSIER
                           (sert ses fichiers, comme python3 -m http.server) ou la
                           réponse à chaque requête : --status LIGNE (par défaut
                           200 OK), -H &apos;K: V&apos; (répétable), -d CORPS
  serial PORT              la session du nœud capteur avec pyserial ; les options
                           de netlab serial-node (--baud, --count, --ack, --format...)
  sensors [HÔTE[:PORT]]    un agent Pi avec requests (par défaut 127.0.0.1:8750) ;
                           --window 5m, 1h, 24h ou 7d, --token T, --led on|off
  mqtt [HÔTE]              --port P (par défaut 1883), -t FILTRE (abonnement ;
                           répétable) avec -q N, --publish SUJET avec
                           --message TEXTE (par défaut 22.5) ou --hex H,
                           --pub-qos N, -r (retenu) ; -i ID, -u UTILISATEUR,
                           -P MOT_DE_PASSE, --tls, --cafile FICHIER (paho-mqtt ;
                           --one-liner : mosquitto_pub avec --publish,
                           sinon mosquitto_sub -v)

Options :
  --one-liner            affiche plutôt la commande shell d’une ligne (code de
                         sortie 1 quand aucune ne fait la même chose)
  -h, --help             affiche cette aide

Exemples :
  netlab code tcp-client 127.0.0.1 50000 --message &apos;on&apos; &gt; client.py
  netlab code tcp-server --port 50000 --ack &apos;ACK\n&apos; --per-line
  netlab code udp-listen 52001 52002:drone
  netlab code chat --join 192.168.1.20 --nick alice
  netlab code http GET &apos;http://127.0.0.1:8750/api/v1/readings?limit=10&apos;
  netlab code udp-send 127.0.0.1 50005 --text &apos;Hello, World!&apos; --one-liner
  netlab code udp-send 127.0.0.1 52002 --format &apos;&lt;hf&apos; --values -3,21.5
  netlab code http-server --port 8000 --folder ~/site --one-liner
  netlab code chat --host --nick Ana --json
</translation>
    </message>
    <message>
        <source>needs a TAB: chat, http, http-server, mqtt, sensors, serial, tcp-client, tcp-server, udp-listen or udp-send</source>
        <translation>il faut un ONGLET : chat, http, http-server, mqtt, sensors, serial, tcp-client, tcp-server, udp-listen ou udp-send</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tab: chat, http, http-server, mqtt, sensors, serial, tcp-client, tcp-server, udp-listen or udp-send</source>
        <translation>« %1 » n’est pas un onglet : chat, http, http-server, mqtt, sensors, serial, tcp-client, tcp-server, udp-listen ou udp-send</translation>
    </message>
    <message>
        <source>--%1 goes with --publish TOPIC</source>
        <translation>--%1 va avec --publish SUJET</translation>
    </message>
    <message>
        <source>--publish: &apos;%1&apos; is not a topic to publish to (no + or #, not empty)</source>
        <translation>--publish : « %1 » n’est pas un sujet où publier (ni + ni #, non vide)</translation>
    </message>
    <message>
        <source>--message and --hex exclude each other</source>
        <translation>--message et --hex s’excluent mutuellement</translation>
    </message>
    <message>
        <source>-P (password) needs -u (user name)</source>
        <translation>-P (mot de passe) nécessite -u (nom d’utilisateur)</translation>
    </message>
    <message>
        <source>-q is the QoS of the subscriptions (-t); --pub-qos that of --publish</source>
        <translation>-q est la QoS des abonnements (-t) ; --pub-qos celle de --publish</translation>
    </message>
    <message>
        <source>give -t FILTER to subscribe, --publish TOPIC to publish, or both</source>
        <translation>donnez -t FILTRE pour vous abonner, --publish SUJET pour publier, ou les deux</translation>
    </message>
</context>
<context>
    <name>netlab::cli::DeviceCodeOptions</name>
    <message>
        <source>needs the serial PORT (COM3, /dev/rfcomm0, /dev/ttyUSB0)</source>
        <translation>il faut le PORT série (COM3, /dev/rfcomm0, /dev/ttyUSB0)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST[:PORT] or http://HOST:PORT/</source>
        <translation>« %1 » n’est ni HÔTE[:PORT] ni http://HÔTE:PORT/</translation>
    </message>
    <message>
        <source>--window is 5m, 1h, 24h or 7d, not &apos;%1&apos;</source>
        <translation>--window vaut 5m, 1h, 24h ou 7d, pas « %1 »</translation>
    </message>
    <message>
        <source>--led needs --token: the agent switches its LED only for its token</source>
        <translation>--led nécessite --token : l’agent n’allume ou n’éteint sa LED qu’avec son jeton</translation>
    </message>
    <message>
        <source>--led is on or off, not &apos;%1&apos;</source>
        <translation>--led vaut on ou off, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>netlab::cli::SensorNodeOptions</name>
    <message>
        <source>  --count N              packets to receive before STOP; 0: until Ctrl+C
                         (default 200)
  --timeout MS           give up when the node is silent this long
                         (default 3000)
  --start BYTES          start command (default &apos;START\n&apos;; escapes \n \r \t
                         \0 \\ \xHH)
  --stop BYTES           stop command (default &apos;STOP\n&apos;)
  --ack BYTES            acknowledgement after each packet (default &apos;ACK\n&apos;;
                         &apos;&apos; for none)
  --magic BYTES          the bytes each packet starts with (default &apos;DATA&apos;)
  --size N               packet length in bytes (default 64)
  --format FMT           Python struct format of a packet (default &lt;4sII6f28x)
  --names A,B,...        a name per value (default magic,seq,time_ms,dx,dy,dz,
                         roll,pitch,yaw)
  --seq-field I          index of the sequence value, -1 for none (default 1)
</source>
        <translation>  --count N              paquets à recevoir avant STOP ; 0 : jusqu&apos;à Ctrl+C
                         (par défaut 200)
  --timeout MS           abandonne quand le nœud se tait aussi longtemps
                         (par défaut 3000)
  --start OCTETS         commande de démarrage (par défaut &apos;START\n&apos; ; échappements
                         \n \r \t \0 \\ \xHH)
  --stop OCTETS          commande d&apos;arrêt (par défaut &apos;STOP\n&apos;)
  --ack OCTETS           accusé de réception après chaque paquet (par défaut
                         &apos;ACK\n&apos; ; &apos;&apos; pour aucun)
  --magic OCTETS         les octets par lesquels commence chaque paquet (par défaut &apos;DATA&apos;)
  --size N               longueur d&apos;un paquet en octets (par défaut 64)
  --format FMT           format struct Python d&apos;un paquet (par défaut &lt;4sII6f28x)
  --names A,B,...        un nom par valeur (par défaut magic,seq,time_ms,dx,dy,dz,
                         roll,pitch,yaw)
  --seq-field I          indice du numéro de séquence, -1 pour aucun (par défaut 1)
</translation>
    </message>
</context>
<context>
    <name>netlab::cli::SerialLineOptions</name>
    <message>
        <source>  --baud B               baud rate, standard or custom (default 115200)
  --data-bits N          5, 6, 7 or 8 (default 8)
  --parity P             none (default), even, odd, mark or space
  --stop-bits S          1 (default), 1.5 or 2
  --flow F               none (default), rtscts or xonxoff
</source>
        <translation>  --baud B               débit en bauds, standard ou personnalisé (par défaut 115200)
  --data-bits N          5, 6, 7 ou 8 (par défaut 8)
  --parity P             none (par défaut), even, odd, mark ou space
  --stop-bits S          1 (par défaut), 1.5 ou 2
  --flow F               none (par défaut), rtscts ou xonxoff
</translation>
    </message>
    <message>
        <source>--parity is one of none, even, odd, mark, space; not &apos;%1&apos;</source>
        <translation>--parity vaut none, even, odd, mark ou space ; pas « %1 »</translation>
    </message>
    <message>
        <source>--stop-bits is 1, 1.5 or 2; not &apos;%1&apos;</source>
        <translation>--stop-bits vaut 1, 1.5 ou 2 ; pas « %1 »</translation>
    </message>
    <message>
        <source>--flow is one of none, rtscts, xonxoff; not &apos;%1&apos;</source>
        <translation>--flow vaut none, rtscts ou xonxoff ; pas « %1 »</translation>
    </message>
</context>
</TS>
