"""A phrase bank for the classes against, proposal and comment: sentences written from general
knowledge of Swedish administrative language (none taken from an answer in the corpus or from
the reader's vocabulary), to see whether the stance reader knows the wording of criticism,
requests and views in general, not only as the answers it was tuned on put it. Traps close the
bank: a criticism word in a sentence that praises, quotes or merely describes."""

from __future__ import annotations

import pytest

from tests.stance_helpers import sentence_class


def misread(text: str, stance_class: str, reason: str):
    """A sentence the reader gets wrong and no general rule yet mends: kept, expected to fail."""
    return pytest.param(text, stance_class, marks=pytest.mark.xfail(strict=True, reason=reason))


EXPLICIT_OPPOSITION = [
    ("Förbundet avstyrker förslaget om att slopa kravet på bygglov.", "against"),
    ("Kommunen motsätter sig att ansvaret för tillsynen flyttas till länsstyrelsen.", "against"),
    ("Nämnden säger nej till förslaget om en ny avgift för prövningen.", "against"),
    (
        "Region Östergötland kan inte ställa sig bakom utredningens förslag om ändrad "
        "finansiering.",
        "against",
    ),
    ("Vi ser inget behov av en ny myndighet på området.", "against"),
    ("Styrelsen anser inte att förslaget bör genomföras.", "against"),
    ("Förbundet vänder sig mot att kommunerna ska bära kostnaderna för reformen.", "against"),
    (
        "Länsstyrelsen är starkt kritisk till att handläggningstiderna ska kortas utan att "
        "några resurser tillförs.",
        "against",
    ),
    ("Kommunen tar avstånd från förslaget att avveckla det lokala stödet.", "against"),
    (
        "Vi ifrågasätter om en sådan ordning är förenlig med den kommunala självstyrelsen.",
        "against",
    ),
    ("Förslaget i avsnitt 5.3 avstyrks.", "against"),
    ("Nämnden kan inte tillstyrka förslaget i dess nuvarande utformning.", "against"),
    ("Förbundet ställer sig avvisande till tanken på en nationell tvingande taxa.", "against"),
    ("Vi är emot att kravet på samråd tas bort.", "against"),
    ("Kommunen ser inga skäl att införa ytterligare rapporteringskrav.", "against"),
    (
        "Region Skåne delar inte utredningens bedömning att förslaget saknar ekonomiska "
        "konsekvenser för regionerna.",
        "against",
    ),
    ("Förslaget bör enligt styrelsens mening inte genomföras.", "against"),
    (
        "Det finns enligt nämndens uppfattning ingen anledning att ändra nuvarande ordning.",
        "against",
    ),
    ("Förbundet ställer sig tveksamt till förslaget om gemensam upphandling.", "against"),
    (
        "Regeringen bör inte gå vidare med förslaget.",
        "against",
    ),
    ("Nämnden är inte övertygad om att en ny lag är rätt väg att gå.", "against"),
    ("Förslaget kan ej godtas.", "against"),
]

IMPLICIT_CRITICISM = [
    ("Förslaget är otillräckligt för att nå de mål som utredningen själv ställer upp.", "against"),
    (
        "Utredningens analys är ofullständig när det gäller konsekvenserna för små kommuner.",
        "against",
    ),
    ("Det är otydligt hur ansvaret ska fördelas mellan staten och kommunerna.", "against"),
    ("Det är oklart vilka krav som ska ställas på de enskilda verksamheterna.", "against"),
    ("Förslaget framstår som ogenomtänkt och förhastat.", "against"),
    ("Kommunen menar att beskrivningen av nuläget i promemorian är missvisande.", "against"),
    ("Tidplanen för införandet är orealistisk.", "against"),
    ("En konsekvensanalys för kommunerna saknas helt.", "against"),
    ("Konsekvensutredningen är bristfällig i flera avseenden.", "against"),
    (
        "Underlaget räcker inte för att bedöma förslagets effekter på glesbygden.",
        "against",
    ),
    ("Det framgår inte av promemorian hur finansieringen ska lösas.", "against"),
    (
        "Utredningen har inte beaktat de särskilda förhållandena i fjällkommunerna.",
        "against",
    ),
    (
        "Det är olyckligt att utredningen inte har analyserat några alternativa lösningar.",
        "against",
    ),
    (
        "Det är anmärkningsvärt att barnrättsperspektivet inte berörs i betänkandet.",
        "against",
    ),
    ("Vi befarar att förslaget leder till längre väntetider för patienterna.", "against"),
    ("Förslaget riskerar att försvåra samverkan mellan kommun och region.", "against"),
    (
        "Den föreslagna ändringen får negativa konsekvenser för näringslivet på landsbygden.",
        "against",
    ),
    ("Förslaget står i strid med principen om kommunal självstyrelse.", "against"),
    (
        "Ett sådant krav är svårförenligt med offentlighetsprincipen.",
        "against",
    ),
    ("Förslaget saknar stöd i den forskning som finns på området.", "against"),
    (
        "Den föreslagna regleringen innebär en otillbörlig inskränkning av den enskildes "
        "rätt att överklaga.",
        "against",
    ),
    ("Förslaget leder till ökad administration utan att kvaliteten förbättras.", "against"),
    (
        "Enligt kommunens mening är de ekonomiska konsekvenserna kraftigt underskattade.",
        "against",
    ),
    (
        "Utredningen bortser från de kostnader som förslaget medför för huvudmännen.",
        "against",
    ),
    (
        "Förslaget tar inte hänsyn till de olika förutsättningar som råder i landets kommuner.",
        "against",
    ),
    ("Det saknas en analys av hur förslaget påverkar jämställdheten.", "against"),
    (
        "Vi har svårt att se att förslaget skulle leda till de effekter som utredningen förutspår.",
        "against",
    ),
    ("Utredningens slutsatser vilar på ett alltför svagt underlag.", "against"),
    (
        "Förbundet kan inte se att de föreslagna åtgärderna löser de problem som beskrivs.",
        "against",
    ),
    ("Den föreslagna modellen är varken kostnadseffektiv eller ändamålsenlig.", "against"),
    (
        "Det är inte rimligt att kommunerna ska bära hela kostnaden för en statlig reform.",
        "against",
    ),
    (
        "Det är svårt att förstå varför utredningen har valt att inte föreslå några "
        "övergångsregler.",
        "against",
    ),
    (
        "Förslaget bör omarbetas i grunden innan det läggs till grund för lagstiftning.",
        "against",
    ),
    ("Det är tveksamt om förslaget är förenligt med EU-rätten.", "against"),
    ("Det kan ifrågasättas om förslaget är proportionerligt.", "against"),
    (
        "Vi ser stora risker med att låta privata aktörer utföra myndighetsutövning.",
        "against",
    ),
    (
        "Förslaget innebär en ökad risk för att enskilda faller mellan stolarna.",
        "against",
    ),
    ("Förslagets konsekvenser för de mindre kommunerna har inte utretts.", "against"),
    (
        "Styrelsen anser att utredningen inte i tillräcklig grad har belyst hur förslaget "
        "ska finansieras.",
        "against",
    ),
]

PROCESS_CRITICISM = [
    (
        "Remisstiden har varit alltför kort för att medge en ordentlig beredning i nämnden.",
        "against",
    ),
    ("Förbundet beklagar att remisstiden har förlagts till sommarmånaderna.", "against"),
    (
        "Kommunen har inte getts möjlighet att delta i arbetet trots att förslaget i hög grad "
        "berör kommunens verksamhet.",
        "against",
    ),
]

PROPOSALS = [
    ("Förbundet föreslår att övergångsperioden förlängs till tre år.", "proposal"),
    ("Vi vill se en tydligare koppling till de regionala utvecklingsstrategierna.", "proposal"),
    (
        "Förslaget bör kompletteras med en analys av konsekvenserna för små företag.",
        "proposal",
    ),
    (
        "Ansvarsfördelningen mellan kommun och region behöver förtydligas i den fortsatta "
        "beredningen.",
        "proposal",
    ),
    ("Kommunen önskar att det statliga stödet till kollektivtrafiken ses över.", "proposal"),
    ("Länsstyrelsen rekommenderar att en uppföljning görs efter två år.", "proposal"),
    (
        "Det vore önskvärt att vägledningen tas fram i samråd med kommunerna.",
        "proposal",
    ),
    (
        "Det skulle behövas ett samlat nationellt stöd för genomförandet.",
        "proposal",
    ),
    (
        "Nämnden hade gärna sett att utredningen även belyst kulturmiljöfrågorna.",
        "proposal",
    ),
    (
        "Förbundet uppmanar regeringen att snarast tillsätta en utredning om finansieringen.",
        "proposal",
    ),
    (
        "Det bör övervägas att införa en möjlighet till dispens för mindre verksamheter.",
        "proposal",
    ),
    (
        "Vi yrkar att paragrafen ändras så att även enskilda huvudmän omfattas.",
        "proposal",
    ),
    (
        "Ett tillägg bör göras i 3 § om att samråd ska ske med berörda kommuner.",
        "proposal",
    ),
    ("Styrelsen föreslår därför att begreppet definieras i lagtexten.", "proposal"),
    (
        "Region Uppsala anser att det bör framgå av förordningen vilken myndighet som har "
        "ansvaret.",
        "proposal",
    ),
    (
        "Vi anser att kommunerna bör ges ekonomisk kompensation för de ökade kostnaderna.",
        "proposal",
    ),
    ("Det är viktigt att förslaget kompletteras med en tydlig tidsplan.", "proposal"),
    ("Kommunen vill att staten tar ett större ansvar för finansieringen.", "proposal"),
    ("Det behövs också en nationell samordning av tillsynen.", "proposal"),
    (
        "Förbundet skulle gärna se att möjligheten till distansundervisning utvidgas.",
        "proposal",
    ),
    (
        "Myndigheten bör få i uppdrag att ta fram föreskrifter på området.",
        "proposal",
    ),
    (
        "Nämnden föreslår att ordet ”ska” ersätts med ”bör” i paragrafens andra stycke.",
        "proposal",
    ),
    ("Vi ser gärna att uppföljningen görs i samverkan med professionen.", "proposal"),
    ("Vi förordar att ansvaret samlas hos en myndighet.", "proposal"),
    (
        "Det bör tydliggöras hur reglerna förhåller sig till plan- och bygglagen.",
        "proposal",
    ),
    (
        "Kommunen begär att regeringen återkommer med ett förslag om finansiering.",
        "proposal",
    ),
    (
        "Vi efterlyser en tydligare vägledning om hur bestämmelsen ska tillämpas.",
        "proposal",
    ),
    (
        "Vi vill föreslå att en försöksverksamhet genomförs innan reformen införs i hela landet.",
        "proposal",
    ),
    (
        "Det är angeläget att även ideella organisationer ges möjlighet att söka bidraget.",
        "proposal",
    ),
    (
        "Lämpligen bör en särskild övergångsbestämmelse införas för pågående ärenden.",
        "proposal",
    ),
    (
        "Region Jämtland Härjedalen förutsätter att staten finansierar de nya åtagandena fullt ut.",
        "proposal",
    ),
    (
        "Det är önskvärt att definitionen harmoniseras med den som används i socialtjänstlagen.",
        "proposal",
    ),
    (
        "Utredningens förslag kan med fördel kompletteras med exempel från kommuner som "
        "redan arbetar på detta sätt.",
        "proposal",
    ),
    ("Bestämmelsen bör kunna tillämpas även på befintliga byggnader.", "proposal"),
    (
        "Vi föreslår vidare att tidsgränsen sätts till sex månader i stället för tre.",
        "proposal",
    ),
    (
        "Förbundet vill uppmärksamma regeringen på behovet av ytterligare medel till tillsynen.",
        "proposal",
    ),
]

COMMENTS = [
    (
        "Förbundet vill understryka vikten av att tillsynen bedrivs likvärdigt i hela landet.",
        "comment",
    ),
    (
        "Kommunen betonar att det lokala perspektivet är avgörande för ett lyckat genomförande.",
        "comment",
    ),
    (
        "Nämnden vill framhålla att skolan har en central roll i det förebyggande arbetet.",
        "comment",
    ),
    (
        "Vi vill påpeka att många av de berörda verksamheterna drivs av ideella krafter.",
        "comment",
    ),
    (
        "Region Halland anser att folkhälsoarbetet är en gemensam angelägenhet för alla "
        "samhällsaktörer.",
        "comment",
    ),
    ("Det är viktigt att barnets bästa alltid står i centrum.", "comment"),
    (
        "Vi vill lyfta fram betydelsen av ett nära samarbete med civilsamhället.",
        "comment",
    ),
    (
        "Styrelsen ser det som centralt att patientsäkerheten upprätthålls.",
        "comment",
    ),
    (
        "Länsstyrelsen vill understryka att klimatanpassningen berör flera politikområden.",
        "comment",
    ),
    (
        "Förbundet menar att digitaliseringen ger stora möjligheter att förenkla kontakterna "
        "med myndigheterna.",
        "comment",
    ),
    (
        "Enligt kommunens bedömning kommer behovet av bostäder för äldre att öka kraftigt de "
        "kommande åren.",
        "comment",
    ),
    (
        "Vi vill också nämna att kommunen redan i dag erbjuder kostnadsfri rådgivning.",
        "comment",
    ),
    (
        "Det är av stor vikt att det finns en god kompetensförsörjning inom äldreomsorgen.",
        "comment",
    ),
    ("Nämnden vill särskilt betona betydelsen av tidiga insatser.", "comment"),
    (
        "Förbundet vill poängtera att skogen är en förutsättning för en levande landsbygd.",
        "comment",
    ),
    (
        "Kommunen ser det som självklart att alla barn ska ha tillgång till en trygg skolmiljö.",
        "comment",
    ),
    (
        "Region Norrbotten vill lyfta att de långa avstånden i länet ställer särskilda krav "
        "på vårdens organisering.",
        "comment",
    ),
    (
        "Det bör noteras att kommunen är både huvudman och tillsynsmyndighet i dessa frågor.",
        "comment",
    ),
    (
        "Vi vill fästa uppmärksamheten på att frågan har betydelse även för den kommunala "
        "planeringen.",
        "comment",
    ),
    ("Styrelsen anser att samverkan mellan huvudmännen är en nyckelfråga.", "comment"),
    (
        "Förbundet vill erinra om att kommunerna har ett lagstadgat ansvar för räddningstjänsten.",
        "comment",
    ),
    (
        "Enligt vår mening är det lokala engagemanget avgörande för att målen ska nås.",
        "comment",
    ),
    (
        "Vi vill också understryka att finansieringen är avgörande för reformens legitimitet.",
        "comment",
    ),
    # the present system's faults, which the remiss is meant to mend, fault not the remiss
    (
        "Nuvarande regelverk har enligt förbundets erfarenhet påtagliga brister.",
        "comment",
    ),
    (
        "Det är i grunden en fråga om förtroende för det offentliga.",
        "comment",
    ),
]

# A criticism word in a sentence that praises, quotes the remiss or merely describes.
TRAPS = [
    (
        "Förbundet välkomnar att förslaget åtgärdar de brister som finns i dagens regelverk.",
        "for",
    ),
    (
        "Vi delar utredningens bedömning att nuvarande ordning är otillräcklig.",
        "for",
    ),
    (
        "Utredningen redogör för de risker som finns med nuvarande ordning.",
        "neutral",
    ),
    (
        "Det är glädjande att utredningen tydligt analyserar konsekvenserna för kommunerna.",
        "for",
    ),
    (
        "Kommunen tillstyrker förslaget, som enligt vår mening undanröjer oklarheterna i "
        "gällande rätt.",
        "for",
    ),
    ("Utredningen konstaterar att det saknas statistik på området.", "neutral"),
    ("Utredningen föreslår att kravet på tillstånd tas bort.", "neutral"),
    ("Liksom utredningen avvisar vi tanken på en ny myndighet.", "for"),
    (
        "Förslaget minskar risken för att enskilda faller mellan stolarna, vilket nämnden ser "
        "positivt på.",
        "for",
    ),
    ("Nämnden har inget att invända mot förslaget.", "for"),
    ("Kommunen har inga synpunkter på förslaget om ändrade tidsfrister.", "none"),
]

# A second batch, written after the first run and after reading the reader's phrases (so not
# blind to them), but before running it: criticism, requests and views as real answers put
# them in statements, with few of the marker words above.
CRITICISM_IN_STATEMENTS = [
    (
        "Förslaget innebär att kommunerna får ett utökat ansvar utan att någon finansiering "
        "anvisas.",
        "against",
    ),
    ("Konsekvenserna för de mindre kommunerna beskrivs endast i allmänna ordalag.", "against"),
    (
        "I promemorian förutsätts att kommunerna kan hantera de nya uppgifterna inom befintliga "
        "ramar, vilket vi inte bedömer som realistiskt.",
        "against",
    ),
    ("Förslaget flyttar i praktiken kostnader från staten till kommunerna.", "against"),
    (
        "Det blir i praktiken omöjligt för en liten kommun att leva upp till kraven.",
        "against",
    ),
    ("Kraven riskerar att bli ett hinder för bostadsbyggandet.", "against"),
    (
        "Förslaget går i motsatt riktning mot regeringens egen ambition om regelförenkling.",
        "against",
    ),
    ("Därmed urholkas det kommunala självstyret.", "against"),
    ("Kommunen kommer att tvingas prioritera bort andra angelägna verksamheter.", "against"),
    ("Förslaget bygger på antaganden som saknar grund i verkligheten.", "against"),
    (
        "Det är inte klarlagt att förslaget leder till någon förbättring för patienterna.",
        "against",
    ),
    ("Förslaget väcker fler frågor än det besvarar.", "against"),
    ("Kommunerna lämnas att ensamma bära ansvaret.", "against"),
    ("Förslaget är inte förankrat hos de verksamheter som berörs.", "against"),
    (
        "Utredningens slutsatser går inte ihop med den statistik som redovisas i kapitel 4.",
        "against",
    ),
    (
        "Vi kan inte se hur förslaget ska kunna genomföras inom den angivna tiden.",
        "against",
    ),
    ("Det är svårt att se vilket problem förslaget ska lösa.", "against"),
    ("Frågan om finansiering lämnas helt obesvarad.", "against"),
    ("Förslaget medför en påtaglig risk för rättsförluster för den enskilde.", "against"),
    ("Detta är inte en uppgift för kommunerna.", "against"),
    (
        "Ansvaret hamnar återigen på kommunerna utan att resurserna följer med.",
        "against",
    ),
    (
        "Remissen skickades ut mitt i semesterperioden, vilket har försvårat beredningen.",
        "against",
    ),
    (
        "Den korta svarstiden har inte medgett någon förankring i de politiska organen.",
        "against",
    ),
    ("Vi delar inte den bild av nuläget som ges i promemorian.", "against"),
    ("Förslaget är ett steg i fel riktning.", "against"),
    ("De föreslagna reglerna blir i praktiken svåra att tillämpa.", "against"),
    ("Utredningen har stannat vid en beskrivning av problemen.", "against"),
    ("Förslaget löser inte de grundläggande problemen på bostadsmarknaden.", "against"),
]

REQUESTS_IN_STATEMENTS = [
    ("En möjlig väg vore att låta länsstyrelserna samordna arbetet.", "proposal"),
    ("Här kan kommunerna med fördel ges större frihet att själva utforma insatserna.", "proposal"),
    # (labelled a proposal when written; the guide's round 8 borderline makes another way
    # named as better than the remiss's against, with a demand)
    ("En lämpligare ordning vore att tillsynen samlas hos en myndighet.", "against"),
    ("Vi skulle välkomna en tydligare vägledning från Socialstyrelsen.", "proposal"),
    ("Kostnaderna för den nya uppgiften ska enligt vår mening bäras av staten.", "proposal"),
    ("Frågan om ersättning till kommunerna bör utredas vidare.", "proposal"),
    ("Ett förtydligande i författningskommentaren vore välkommet.", "proposal"),
    ("Regionen föreslår i stället en stegvis införandeprocess.", "proposal"),
]

VIEWS_IN_STATEMENTS = [
    ("Förebyggande arbete lönar sig i längden.", "comment"),
    ("Erfarenheten visar att frivilliga åtaganden sällan räcker.", "comment"),
    ("Vi ser en stor potential i ett utökat samarbete mellan kommunerna.", "comment"),
    (
        "Förbundet vill påminna om att föreningslivet bärs av ideella krafter.",
        "comment",
    ),
    ("Kommunen har god erfarenhet av att arbeta med lokala överenskommelser.", "neutral"),
    # a third batch, written the same way (after reading, before running)
    ("Det är angeläget att samverkan mellan huvudmännen fungerar väl.", "comment"),
    ("Frågan är komplex och berör många aktörer.", "comment"),
    (
        "Förbundet menar att frågan i första hand är en fråga för arbetsmarknadens parter.",
        "comment",
    ),
    ("Det ligger i allas intresse att barn och unga får en bra start i livet.", "comment"),
    ("Vi tror att en ökad samverkan är vägen framåt.", "comment"),
    ("Vår erfarenhet är att tidiga insatser ger bäst resultat.", "comment"),
    (
        "Vi vill betona att kommunerna redan i dag tar ett stort ansvar för integrationen.",
        "comment",
    ),
    (
        "I sammanhanget kan nämnas att kommunen har ett väl utbyggt nät av fritidsgårdar.",
        "comment",
    ),
    ("Det är värt att notera att antalet ärenden har ökat kraftigt de senaste åren.", "comment"),
    ("Man bör ha i åtanke att förutsättningarna skiljer sig mellan länen.", "comment"),
    (
        "Det är viktigt att komma ihåg att många småföretagare saknar egen administration.",
        "comment",
    ),
    ("Avgörande för framgång är att arbetet förankras lokalt.", "comment"),
    ("Regionen ser det som en styrka att förslaget bygger på befintliga strukturer.", "for"),
    ("Vi noterar med tillfredsställelse att utredningen har lyssnat på kommunerna.", "for"),
]

# A fourth batch, written the same way (after reading, before running).
FOURTH_BATCH = [
    ("Förslaget tycks bygga på en missuppfattning om hur tillsynen fungerar i dag.", "against"),
    (
        "Förslaget förefaller inte ha föregåtts av någon dialog med berörda kommuner.",
        "against",
    ),
    ("Utredningen tar lätt på de praktiska svårigheterna.", "against"),
    ("Förslaget är långt ifrån tillräckligt.", "against"),
    ("Förslaget framstår som dåligt underbyggt.", "against"),
    ("Utredningen underskattar svårigheterna att rekrytera personal.", "against"),
    ("Utredningen överskattar de effekter som förslaget kan ge.", "against"),
    ("Kostnaderna har räknats alldeles för lågt.", "against"),
    ("Förslaget är dåligt anpassat till landsbygdens förutsättningar.", "against"),
    (
        "Det är förvånande att utredningen inte har tagit del av tidigare erfarenheter.",
        "against",
    ),
    ("Vi reserverar oss mot förslaget om avgifter.", "against"),
    (
        "Kommunen kan inte acceptera att staten lägger över kostnaderna på kommunerna.",
        "against",
    ),
    ("Förslaget kan få allvarliga konsekvenser för den enskilde.", "against"),
    (
        "Det finns en uppenbar risk att förslaget slår undan benen för de lokala initiativen.",
        "against",
    ),
    ("Förslaget innehåller flera oklarheter.", "against"),
    ("Konsekvensbeskrivningen håller inte måttet.", "against"),
    ("Förslaget är inte genomförbart med nuvarande resurser.", "against"),
    ("Vi ser allvarligt på att förslaget inskränker allemansrätten.", "against"),
    ("Detta är ett olyckligt förslag.", "against"),
    ("Kommunerna har inte fått komma till tals i utredningsarbetet.", "against"),
    ("Förslaget gynnar de stora aktörerna på de mindres bekostnad.", "against"),
    ("Förslaget är inte tillräckligt förankrat i forskningen.", "against"),
    ("Vi befarar att de små skolorna slås ut.", "against"),
    ("Förslaget om avgifter är orättvist mot låginkomsttagare.", "against"),
    ("Regeringen uppmanas att återkomma med ett förslag om finansiering.", "proposal"),
    ("Förbundet förordar en lösning där kommunerna själva får välja.", "proposal"),
    ("Kommunen vill framhålla behovet av en tydligare vägledning.", "proposal"),
    ("Det behöver framgå tydligare vem som bär ansvaret.", "proposal"),
    ("Vi föreslår att frågan bereds vidare i samråd med kommunerna.", "proposal"),
    (
        "Frågan om bostadsförsörjning är av central betydelse för regionens utveckling.",
        "comment",
    ),
    ("Vi vill också lyfta att många äldre saknar digital vana.", "comment"),
    ("Kommunen arbetar redan i dag aktivt med dessa frågor.", "neutral"),
    # a fifth batch, written the same way (after reading, before running)
    ("Förslaget drabbar främst barnfamiljer med låga inkomster.", "against"),
    ("Förslaget kommer att slå ut många mindre aktörer.", "against"),
    ("Förslaget medför att tillgängligheten i glesbygden minskar.", "against"),
    ("Förslaget riskerar att bli kostnadsdrivande för kommunerna.", "against"),
    ("Vi kan inte se att förslaget bidrar till ökad trafiksäkerhet.", "against"),
    ("Förslaget har tagits fram utan dialog med de berörda.", "against"),
    ("Kommunen ställer sig frågande till behovet av en ny lag.", "against"),
    ("Det saknas skäl att införa en ny avgift.", "against"),
    ("Vi är kritiska till att remisstiden har förkortats.", "against"),
    ("Förslaget innebär en ökad administrativ börda för företagen.", "against"),
]

# Written after the first run, from reading the reader's phrases (not blind): where a phrase
# family was widened, the sentences that its widening must not misread.
AFTER_THE_FIRST_RUN = [
    ("Det finns ingen anledning att motsätta sig förslaget.", "for"),
    ("Det finns inget behov av ytterligare en tillsynsmyndighet.", "against"),
    (
        "Det finns enligt utredningens bedömning inget behov av en särskild lag.",
        "neutral",
    ),
    ("Kommunen bör inte genomföra samrådet under semestertiden.", "proposal"),
    ("Förslaget går inte att förena med kommunallagens likställighetsprincip.", "against"),
    ("Någon ny lag skulle enligt vår bedömning inte behövas.", "against"),
    ("Vi vill påminna om behovet av en ordentlig konsekvensanalys.", "proposal"),
    ("Det behövs ingen ny myndighet för detta.", "against"),
    ("Någon särskild reglering av frågan behövs inte.", "against"),
    ("Några ändringar i förslaget behövs inte.", "for"),
    ("Det krävs inte några större justeringar av förslaget.", "for"),
    ("Vi anser det viktigt att förslaget kompletteras med en tidsplan.", "proposal"),
    ("Nämnden ser det som angeläget att regeringen tillsätter en utredning.", "proposal"),
    ("Det är av stor vikt att rättssäkerheten värnas även i fortsättningen.", "comment"),
    ("Vi vill fästa uppmärksamheten på att förslaget saknar en konsekvensanalys.", "against"),
    (
        "Vi anser att kommunen behöver mer resurser för att reformen ska kunna genomföras.",
        "proposal",
    ),
    (
        "Vi delar utredningens bedömning att dagens regler är otydliga, men förslaget löser "
        "inte problemet.",
        "partly",
    ),
    ("Utredningens analys av dagens regler är otillräcklig.", "against"),
    ("Förslaget rättar till en oklarhet men skapar samtidigt nya brister.", "against"),
    ("Utredningen redovisar inte hur förslaget ska finansieras.", "against"),
    ("Promemorian beskriver bakgrunden till förslaget.", "neutral"),
    ("Vi menar att en sådan ordning kommer att stärka rättssäkerheten.", "for"),
    ("Frågan handlar ytterst om hur resurserna fördelas.", "comment"),
    ("Dagens ordning har enligt utredningens erfarenhet vissa brister.", "neutral"),
    # the families the second batch called for, where their words do not criticise
    ("Förslaget tar bort flera hinder för bostadsbyggandet, vilket vi välkomnar.", "for"),
    ("Utredningen konstaterar att dagens regler är ett hinder för digitaliseringen.", "neutral"),
    ("Kommunen tillstyrker förslaget, som gör det omöjligt att kringgå reglerna.", "for"),
    ("Vi välkomnar att det blir omöjligt för oseriösa aktörer att etablera sig.", "for"),
    (
        "Nuvarande regler är ett hinder för samverkan, och förslaget är därför välkommet.",
        "for",
    ),
    ("Dagens regler är bra men förslaget är otydligt.", "against"),
    ("Detta lägger ett stort ansvar på huvudmännen.", "comment"),
    ("Vi ser stora möjligheter med förslaget.", "for"),
    ("Utredningen föreslår att kostnaderna ska bäras av staten.", "neutral"),
    ("Enligt promemorian kan reglerna med fördel samordnas.", "neutral"),
    ("Vi hade gärna sett att kommunen tar fram en trafikplan för området.", "proposal"),
    # what the remiss lacks, said as not there or not done; doubt that it will work
    ("Någon konsekvensanalys har inte gjorts.", "against"),
    ("Inga alternativ till den föreslagna sträckningen har prövats.", "against"),
    ("Det redovisas inga beräkningar av kostnaderna.", "against"),
    ("Förslaget ger inget svar på hur kostnaderna ska fördelas.", "against"),
    ("Utredningen nöjer sig med att konstatera att frågan är komplex.", "against"),
    ("Förslaget kommer inte att få avsedd effekt.", "against"),
    ("Kommunen är inte säker på att förslaget når sitt syfte.", "against"),
    ("Vi ser det som en brist att barnperspektivet saknas i förslaget.", "against"),
    ("Förslaget är komplext och svårt att tillämpa.", "against"),
    ("Utredningen anser att det är värt att notera att antalet ärenden ökar.", "neutral"),
    # a finding that holds a judgement is a view; one that holds a fact stays an account
    ("Kommunen konstaterar att samverkan är avgörande för att lyckas.", "comment"),
    ("Vi konstaterar att förslaget berör många verksamheter.", "neutral"),
    # a good that declines is harm; a harm that declines is not
    ("Vi välkomnar att förslaget medför att utsläppen minskar.", "for"),
    ("Vi välkomnar att förslaget innebär att tryggheten ökar.", "for"),
    # the remiss put off or refrained from, or another way named instead
    ("Regeringen bör avvakta med förslaget tills konsekvenserna är utredda.", "against"),
    ("Beslutet om en ny myndighet bör skjutas upp.", "against"),
    ("Kommunen bör avstå från att bygga i strandnära lägen.", "against"),
    ("Staten bör i stället satsa på de befintliga strukturerna.", "against"),
    ("Ett bättre alternativ är att behålla dagens ordning.", "against"),
    ("Regeringen bör snarast tillsätta en utredning om finansieringen.", "proposal"),
    ("Ett alternativ är att låta regionerna ta ansvaret.", "proposal"),
    # the remiss's treatment too narrow, a matter dismissed, a measure that does not help
    ("I konsekvensanalysen beskrivs endast effekterna för de större företagen.", "against"),
    ("Betänkandet behandlar äldreomsorgen nästan enbart som en kostnadsfråga.", "against"),
    ("Frågan om kulturmiljön avfärdas med en kort hänvisning.", "against"),
    ("En längre övergångstid hjälper inte så länge finansieringen saknas.", "against"),
    ("Vi välkomnar förslaget, som hjälper inte minst de små företagen.", "for"),
    # the crux named is a view; a fault named as the crux is criticism
    ("Den springande punkten är vem som ska bära kostnaderna.", "comment"),
    ("En viktig fråga för kommunerna är hur tillsynen ska organiseras.", "comment"),
    ("Ett stort problem är att förslaget saknar finansiering.", "against"),
    # a principle of what things rest on; "utgå från" is no part dropped
    ("All vård måste bygga på vetenskap och beprövad erfarenhet.", "comment"),
    ("Planen måste bygga på aktuella inventeringar.", "proposal"),
    ("Arbetet med barnrättsfrågorna bör utgå från barnens behov.", "comment"),
    ("Denna del av förslaget bör utgå.", "against"),
    # a harmful outcome told as what follows from the remiss
    ("Detta kommer att leda till längre köer inom hemtjänsten.", "against"),
    ("Förslaget innebär att kommunerna får bära kostnaderna.", "against"),
    ("Följden blir att mindre kommuner inte har råd att erbjuda tjänsten.", "against"),
    ("Vi välkomnar att förslaget leder till färre olyckor och lägre kostnader.", "for"),
    (
        "Vi välkomnar förslaget, som inte leder till högre kostnader för kommunerna.",
        "for",
    ),
    ("Kommunen har inga synpunkter på förslaget.", "none"),
    ("Vi har inga invändningar mot bedömningen.", "for"),
]


@pytest.mark.parametrize(("text", "stance_class"), EXPLICIT_OPPOSITION)
def test_explicit_opposition_is_against(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), IMPLICIT_CRITICISM)
def test_implicit_criticism_is_against(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), PROCESS_CRITICISM)
def test_process_criticism_is_against(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), PROPOSALS)
def test_asking_for_a_change_is_a_proposal(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), COMMENTS)
def test_a_view_or_an_emphasis_is_a_comment(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), TRAPS)
def test_criticism_words_that_do_not_criticise(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), AFTER_THE_FIRST_RUN)
def test_what_a_widened_family_must_not_misread(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), CRITICISM_IN_STATEMENTS)
def test_criticism_in_statements_is_against(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), REQUESTS_IN_STATEMENTS)
def test_requests_in_statements_are_proposals(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), VIEWS_IN_STATEMENTS)
def test_views_in_statements_are_comments(text, stance_class):
    assert sentence_class(text) == stance_class


@pytest.mark.parametrize(("text", "stance_class"), FOURTH_BATCH)
def test_a_fourth_batch(text, stance_class):
    assert sentence_class(text) == stance_class
