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
    <message>
        <source>http://host:port/path</source>
        <translation>http://hôte:port/chemin</translation>
    </message>
    <message>
        <source>High level (QNetworkAccessManager)</source>
        <translation>Haut niveau (QNetworkAccessManager)</translation>
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
    <name>netlab::RateSparkline</name>
    <message numerus="yes">
        <source>Messages per second over the last %n second(s); now %1, peak %2</source>
        <translation>
            <numerusform>Messages par seconde sur la dernière seconde ; actuellement %1, pic %2</numerusform>
            <numerusform>Messages par seconde sur les %n dernières secondes ; actuellement %1, pic %2</numerusform>
        </translation>
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
    <name>netlab::SensorNodePacketModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
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
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the charts (readings keep arriving)</source>
        <translation>Figer les graphiques (les mesures continuent d&apos;arriver)</translation>
    </message>
    <message>
        <source>&amp;LED on</source>
        <translation>&amp;LED allumée</translation>
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
        <source>Save chart as P&amp;NG…</source>
        <translation>Enregistrer en P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>Enregistrer les graphiques en image PNG</translation>
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
        <source>The agent refused the LED: %1. Paste the token that `sudo netlab-agent token` shows on the Pi into Token.</source>
        <translation>L&apos;agent a refusé la LED : %1. Collez dans Jeton le jeton qu&apos;affiche `sudo netlab-agent token` sur le Pi.</translation>
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
        <translation> · défaillances du capteur : %1</translation>
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
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
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
        <source>Follow &amp;live</source>
        <translation>Suivre en &amp;direct</translation>
    </message>
    <message>
        <source>Back to the moving window after zooming (End). Zoom: drag or wheel over a chart, or + and -; move with the arrow keys.</source>
        <translation>Revenir à la fenêtre qui défile après un zoom (Fin). Zoom : glisser ou molette sur un graphique, ou + et - ; se déplacer avec les flèches.</translation>
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
        <source>Following the live readings</source>
        <translation>Suivi des mesures en direct</translation>
    </message>
    <message>
        <source>Zoomed to %1 – %2: the charts hold still; Follow live (End) goes back to the moving window</source>
        <translation>Zoom sur %1 – %2 : les graphiques restent fixes ; Suivre en direct (Fin) revient à la fenêtre qui défile</translation>
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
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Bytes as in Python: \n \r \t \0 \\ \xHH</source>
        <translation>Octets comme en Python : \n \r \t \0 \\ \xHH</translation>
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
        <source>Packets to receive before STOP; 0: until stopped</source>
        <translation>Paquets à recevoir avant STOP ; 0 : jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>The packet&apos;s layout as a Python struct format, e.g. &lt;4sII6f28x</source>
        <translation>La structure du paquet sous forme de format struct Python, par ex. &lt;4sII6f28x</translation>
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
        <source>Restore the default protocol settings</source>
        <translation>Rétablir les paramètres de protocole par défaut</translation>
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
        <source>St&amp;art command:</source>
        <translation>Commande de dé&amp;marrage :</translation>
    </message>
    <message>
        <source>Stop co&amp;mmand:</source>
        <translation>Commande d&apos;&amp;arrêt :</translation>
    </message>
    <message>
        <source>Packet co&amp;unt:</source>
        <translation>Nombre de paque&amp;ts :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Field nam&amp;es:</source>
        <translation>Noms des c&amp;hamps :</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
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
        <translation>défaillance simulée : le capteur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>simulated failure: checksum mismatch</source>
        <translation>défaillance simulée : somme de contrôle incorrecte</translation>
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
        <source>cannot accept a connection: %1</source>
        <translation>impossible d&apos;accepter une connexion : %1</translation>
    </message>
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
        <source>Listening on %1 — clients can connect, e.g. nc %2 %3</source>
        <translation>À l&apos;écoute sur %1 — les clients peuvent se connecter, par ex. nc %2 %3</translation>
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
    <name>netlab::UdpTab</name>
    <message>
        <source>Custom format</source>
        <translation>Format personnalisé</translation>
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
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
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
        <source>default interface</source>
        <translation>interface par défaut</translation>
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
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
    <message>
        <source> + group %1</source>
        <translation> + groupe %1</translation>
    </message>
    <message>
        <source>Rate history of port %1</source>
        <translation>Historique du débit du port %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
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
        <source>Received messages</source>
        <translation>Messages reçus</translation>
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
        <source>Still sending: stop it first</source>
        <translation>Envoi en cours : arrêtez-le d&apos;abord</translation>
    </message>
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
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
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
</TS>
