// Raw text copied from Corpus/als-samhandling-og-oppfolging.txt (PDF saved as text: blank line after
// every wrapped line, link texts displaced, "%C2%A7" for "§") and its per-page URL lists.
enum LegalSeedText {
    /// Lines 74–104.
    static let a1Text = """
        ALS-koordinator bidrar til å skape forutsigbarhet og kontinuitet for ALS-pasienten og de som yter

        tjenesten. Spesialisthelsetjenestens plikt til å oppnevne koordinator følger av 

         og gjelder pasienter med behov for komplekse ellerspesialisthelsetjenesteloven § 2-5a (lovdata.no)

        langvarige og koordinerte tjenester slik som ALS. Koordinerende enhet i helseforetak må sikre rutiner

        for oppnevning av koordinator jamfør forskrift om habilitering, rehabilitering og koordinator §

         11 (lovdata.no).

        I  er kravene til epikrise nærmere angitt. Vedrundskriv til helsepersonelloven med kommentarer

        overføring av pasient til kommunal helse- og omsorgstjeneste sendes, i henhold til nasjonal standard

        , en standard rapport som inneholder sykepleieopplysninger. for utskrivningsrapport (ehelse.no)

        Sentrale oppgaver for koordinator er beskrevet i Veileder for rehabilitering og habilitering, individuell

         plan og koordinator.

        Rett til kontaktelege er begrunnet i pasient- og brukerrettighetsloven %C2%A7 2-5a. Les

        . Helsedirektoratets kommentar til loven her

        Ved avklaring og fordeling av oppgaver og ansvar, vises det til spesialisthelsetjenestens

        veiledningsplikt, blant annet utdypet i , rundskriv I-3/2013 og Veiledningsplikten rundskriv til

         med kommentarer. spesialisthelsetjenesteloven (regjeringen.no)
        """
    static let a1Links = [
        "https://lovdata.no/lov/1999-07-02-61/%C2%A72-5a",
        "https://lovdata.no/forskrift/2011-12-16-1256/%C2%A711",
        "https://lovdata.no/forskrift/2011-12-16-1256/%C2%A711",
        "https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/dokumentasjonsplikt/-45a.epikrise",
        "https://www.ehelse.no/Standardisering/standarder/utskrivningsrapport-v1.6",
        "https://www.ehelse.no/Standardisering/standarder/utskrivningsrapport-v1.6",
        "https://www.helsedirektoratet.no/veiledere/rehabilitering-habilitering-individuell-plan-og-koordinator/individuell-plan-og-koordinator/koordinator-i-kommunen-og-spesialisthelsetjenesten",
        "https://www.helsedirektoratet.no/veiledere/rehabilitering-habilitering-individuell-plan-og-koordinator/individuell-plan-og-koordinator/koordinator-i-kommunen-og-spesialisthelsetjenesten",
        "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport/rett-til-kontaktlege",
        "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport/rett-til-kontaktlege",
        "https://www.helsedirektoratet.no/veiledere/rehabilitering-habilitering-individuell-plan-og-koordinator/habilitering-og-rehabilitering-i-spesialisthelsetjenesten/veiledningsplikten",
        "https://www.regjeringen.no/globalassets/upload/hod/hoeringer_kta/dokumenter/rundskriv_i-3_2013.pdf",
        "https://www.regjeringen.no/globalassets/upload/hod/hoeringer_kta/dokumenter/rundskriv_i-3_2013.pdf",
    ]
    /// Lines 192–220.
    static let a2Text = """
        Kommuner skal tilby, og om pasienten ønsker det, oppnevne koordinator for pasienter med behov for

        langvarige og koordinerte tjenester. Det er   som har det overordnedekommunens koordinerende enhet

        ansvaret for oppnevning, opplæring og veiledning av koordinator. Kommunal koordinators rolle og

        fastlegens medisinskfaglige koordineringsansvar utdypes i forskrift om habilitering, rehabilitering og

        . Plikt til å melde om behov for individuell plan og koordinator gjelder personellkoordinator (lovdata.no)

        både i spesialisthelsetjenesten og i kommunene, herunder fastlegene. Meldingen skal gis til

        koordinerende enhet for habilitering og rehabilitering i kommunen. Utdypende informasjon om å

        utarbeide en individuell plan finnes her . Se ogsåMelding om behov for individuell plan og koordinator

        om  for personer med store ogkoordinator sin rolle i strukturerte tverrfaglige oppfølgingsteam

        sammensatte behov. 

        Veileder for Oppfølging av personer med store og sammensatte behov beskriver kommunens ansvar

        for å utpeke og sikre at tjenesteytere i et definert behandlingsteam opplever anerkjennelse i arbeidet

        med å sikre helhetlige og koordinerte tjenester. Veilederen fremmer brukernes mestring, integritet og

        selvbestemmelse også i situasjoner hvor dette kan utfordre eksisterende rammer i tjenestene. Forskrift

         beskriver det sykepleiefagligeom lovbestemt sykepleietjeneste i kommunens helsetjeneste (lovdata.no)
        """
    static let a2Links = [
        "https://www.helsedirektoratet.no/faglige-rad/als-samhandling-og-oppfolging-av-pasienter-med-amyotrofisk-lateralsklerose-als-horingsutkast/koordinering-og-oppfolging-av-pasienter-med-als-i-spesialist-og-kommunehelsetjenesten/informasjon-om-sykdommen-als-og-tilknyttede-forhold-bor-vaere-tilpasset-pasientens-og-parorendes-situasjon-og-forutsetninger-for-a-ta-til-seg-informasjonen",
        "https://www.helsedirektoratet.no/veiledere/rehabilitering-habilitering-individuell-plan-og-koordinator/koordinerende-enhet-for-habilitering-og-rehabilitering-i-kommunen-og-i-spesialisthelsetjenesten/lovgrunnlaget-for-koordinerende-enhet-i-kommunene",
        "https://lovdata.no/forskrift/2011-12-16-1256/%C2%A711",
        "https://lovdata.no/forskrift/2011-12-16-1256/%C2%A711",
        "https://www.helsedirektoratet.no/veiledere/rehabilitering-habilitering-individuell-plan-og-koordinator/individuell-plan-og-koordinator/melding-om-behov-for-individuell-plan-og-koordinator",
        "https://www.helsedirektoratet.no/veiledere/oppfolging-av-personer-med-store-og-sammensatte-behov/strukturert-oppfolging-gjennom-tverrfaglige-team/om-koordinatorrollen-i-tverrfaglig-oppfolgingsteam",
        "https://www.helsedirektoratet.no/veiledere/oppfolging-av-personer-med-store-og-sammensatte-behov",
        "https://lovdata.no/dokument/SF/forskrift/1983-11-23-1779",
        "https://lovdata.no/dokument/SF/forskrift/1983-11-23-1779",
    ]
    /// Lines 293–303.
    static let a3Text = """
        Pasient- og brukerrettighetsloven kapittel3 (lovdata.no)omhandler pasientens rett til tilpasset

        informasjon og medvirkning og gjelder for all helsehjelp. Pasient- og brukerrettighetsloven med

        gir veiledning om innholdet i reglene. Pasienter medkommentarer (helsedirektoratet.no)

        samtykkekompetanse må samtykke til involvering av pårørende, jamfør lov om pasient- og

        . Lovens § 4-6 omhandler helsepersonell og de pårørendesbrukerrettigheter %C2%A7 3.3 (lovdata.no)

        rolle og ansvar ved beslutning om helsehjelp, dersom sykdomsprogresjonen er av slik art at
        """
    static let a3Links = [
        "https://www.helsenorge.no/sykdom/hjerne-og-nerver/als/",
        "https://www.helsedirektoratet.no/retningslinjer/langtids-mekanisk-ventilasjon-ltmv/Langtids%20mekanisk%20ventilasjon%20(LTMV)%20%E2%80%93%20Nasjonal%20faglig%20retningslinje.pdf",
        "https://www.helsedirektoratet.no/faglige-rad/lindrende-behandling-i-livets-sluttfase/kommunikasjon-og-samvalg/legg-til-rette-for-gode-beslutningsprosesser-i-livets-sluttfase",
        "https://lovdata.no/dokument/NL/lov/1999-07-02-63/KAPITTEL_3#KAPITTEL_3",
        "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer",
        "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer",
        "https://lovdata.no/dokument/NL/lov/1999-07-02-63#KAPITTEL_3",
        "https://lovdata.no/dokument/NL/lov/1999-07-02-63#KAPITTEL_3",
    ]
    /// Lines 404–430.
    static let a4Text = """
        Kommunens ansvar for nødvendige hjelpemidler og ergonomiske tiltak følger av 

        . Les også Helsedirektoratetsforskrift om habilitering, rehabilitering og koordinator § 9 (lovdata.no)

        veileder Rehabilitering, habilitering, individuell plan og koordinator.

        Informasjon om hjelpemidler og tilrettelegging av omgivelser finnes på NAV sine sider.

        Hjelpemidler og tilrettelegging 

        Om hjelpemidler

        På  ligger ressurser kommunen kan dra nytte av:kunnskapsbanken.net

        ALS og kommunikasjonsvansker  

        Om hjelpemidler, tilrettelegging og tolk

        Kommunikasjon (Informasjon om alternativ og supplerende kommunikasjon (ASK))

        Se også regjeringens rapport fra 2017: En mer effektiv og fremtidsrettet hjelpemiddelformidling for økt

        .deltakelse og mestring (regjeringen.no)

        Formidling av hjelpemidler for å legge til rette på arbeidsplassen er arbeidsgivers ansvar, jamfør 

        ).arbeidsmiljøloven § 4-4 (lovdata.no
        """
    static let a4Links = [
        "https://lovdata.no/forskrift/2011-12-16-1256/%C2%A79",
        "https://www.helsedirektoratet.no/veiledere/rehabilitering-habilitering-individuell-plan-og-koordinator",
        "https://www.nav.no/no/person/hjelpemidler/hjelpemidler-og-tilrettelegging",
        "https://www.nav.no/no/person/hjelpemidler/hjelpemidler-og-tilrettelegging/hjelpemidler/om-hjelpemidler",
        "https://www.kunnskapsbanken.net/",
        "https://www.kunnskapsbanken.net/als-og-kommunikasjonsvansker/",
        "https://www.kunnskapsbanken.net/",
        "https://www.kunnskapsbanken.net/kommunikasjon/",
        "https://www.regjeringen.no/contentassets/869af6e38d594020a851ace0b11dc12e/en-mer-effektiv-og-fremtidsrettet-hjelpemiddelformidling.pdf",
        "https://www.regjeringen.no/contentassets/869af6e38d594020a851ace0b11dc12e/en-mer-effektiv-og-fremtidsrettet-hjelpemiddelformidling.pdf",
        "https://lovdata.no/lov/2005-06-17-62/%C2%A74-4",
    ]
    /// Lines 542–546.
    static let a5Text = """
        .av personer med store og sammensatte behov

        Les mer om krav til å kartlegge om pasienten har barn i rundskrivet Helsepersonelloven med

        .kommentar %C2%A7 10a, Helsepersonells plikt til å bidra til å ivareta mindreårige barn som pårørende
        """
    static let a56Links = [
        "https://www.helsedirektoratet.no/faglige-rad/als-samhandling-og-oppfolging-av-pasienter-med-amyotrofisk-lateralsklerose-als-horingsutkast/omsorg-ved-krisereaksjoner-mestring-og-deltakelse-for-pasienter-med-als/parorende-barn-i-alderen-0-18-ar-til-pasienter-med-als-bor-fa-tilbud-om-informasjon-og-nodvendig-oppfolging-fra-tidspunktet-diagnosen-er-gitt",
        "https://www.helsedirektoratet.no/faglige-rad/als-samhandling-og-oppfolging-av-pasienter-med-amyotrofisk-lateralsklerose-als-horingsutkast/omsorg-ved-krisereaksjoner-mestring-og-deltakelse-for-pasienter-med-als/parorende-barn-i-alderen-0-18-ar-til-pasienter-med-als-bor-fa-tilbud-om-informasjon-og-nodvendig-oppfolging-fra-tidspunktet-diagnosen-er-gitt",
        "https://www.helsedirektoratet.no/veiledere/oppfolging-av-personer-med-store-og-sammensatte-behov",
        "https://www.helsedirektoratet.no/veiledere/oppfolging-av-personer-med-store-og-sammensatte-behov",
        "https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/krav-til-helsepersonells-yrkesutovelse/-10a.helsepersonells-plikt-til-a-bidra-til-a-ivareta-mindrearige-barn-som-parorende",
        "https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/krav-til-helsepersonells-yrkesutovelse/-10a.helsepersonells-plikt-til-a-bidra-til-a-ivareta-mindrearige-barn-som-parorende",
    ]
    /// Lines 556–575.
    static let a6Text = """

        Ekstern høring:  Høringsfrist 30. juni 2023. Se mer informasjon på høringssiden. 

        Pasientens behov og situasjon bør ha betydning for hyppigheten av og innholdet i

        kontroll/oppfølging i spesialisthelsetjenesten.

        I kontroller og oppfølgingssamtaler bør kartleggingen omfatte sykdomsutvikling og opplevde

        funksjonsendringer.

        Oppfølgingen bør også inkludere samtaler om hva som gir ALS-pasienten glede i hverdagen og

        å finne muligheter for deltakelse og aktivitet.

        Sykehus bør etterstrebe at det er psykolog tilknyttet ALS-teamet

        der dette ikke er mulig, bør ALS-teamet vurdere pasientens behov for å bli henvist til

        psykolog eller annen egnet behandling (som psykiatrisk sykepleier, prest, eller liknende).
        """
    /// Lines 698–708.
    static let a7Text = """
        Begrunnelse – dette er rådet basert på

        I følge . Pårørendeveileder er sykehuset pålagt å utpeke barneansvarlig personell

        Pårørende barn har egne rettigheter, jamfør . Helsepersonellshelsepersonelloven § 10a (lovdata.no)

        plikt til å bidra til å ivareta mindreårige barn som er pårørende til foreldre eller søsken, er beskrevet i 

        . Helsepersonell plikt til å ivareta mindreårige barnrundskrivet Helsepersonelloven med kommentar

        som er etterlatte etter foreldre ellers søsken er beskrevet i .helsepersonelloven §10b (lovdata.no)
        """
    static let a7Links = [
        "https://www.helsedirektoratet.no/veiledere/parorendeveileder/informasjon-og-stotte-til-barn-som-parorende",
        "https://www.helsedirektoratet.no/api/documasterDownload?vedlegg&id=48790658",
        "https://www.helsedirektoratet.no/api/documasterDownload?vedlegg&id=48790666",
        "https://www.helsedirektoratet.no/veiledere/parorendeveileder/helseforetak-og-kommuners-plikter-overfor-parorende/plikt-til-parorendeinvolvering-og-stotte/helseforetak-skal-ha-barneansvarlig-personell",
        "https://lovdata.no/lov/1999-07-02-64/%C2%A710a",
        "https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer",
        "https://lovdata.no/lov/1999-07-02-64/%C2%A710b",
        "https://www.helsedirektoratet.no/retningslinjer/tidlig-oppdagelse-av-utsatte-barn-og-unge",
        "http://www.barnsbeste.no/",
        "http://www.barnsbeste.no/",
    ]
    /// Lines 764–784.
    static let methodText = """
        omsorgstjenesten. 

        Nasjonale faglige råd skal baseres på kunnskap om god praksis og skal bidra til kontinuerlig forbedring av

        virksomhet og tjenester, jf. , spesialisthelsetjenesteloven § 7-3 (lovdata.no) helse- og omsorgstjenesteloven §

         og .12-5 (lovdata.no) folkehelseloven § 24 (lovdata.no)

        Nasjonale faglige råd inngår som et akseptert grunnlag og setter en norm for hva som er faglig forsvarlig. Råd

        utgitt av Helsedirektoratet er ikke rettslig bindende, men er faglig normerende for valg man anser fremmer

        kvalitet, god praksis og likhet i tjenesten på utgivelsestidspunktet. 

        I situasjoner der helsepersonell velger løsninger som i vesentlig grad avviker fra gitte anbefalinger/råd skal

        dette dokumenteres, jf. . Helsepersonell bør være"> journalforskriften %C2%A7 6, bokstav g (lovdata.no)

        forberedt på å begrunne sine valg i eventuelle klagesaker eller ved tilsyn.

        Kunnskapsbasert metode
        """
    static let methodLinks = [
        "https://lovdata.no/lov/1999-07-02-61/%C2%A77-3",
        "https://lovdata.no/lov/2011-06-24-30/%C2%A712-5",
        "https://lovdata.no/lov/2011-06-24-30/%C2%A712-5",
        "https://lovdata.no/lov/2011-06-24-29/%C2%A724",
    ]
    /// Lines 872–875.
    static let implementationText = """
        Implementering av rådene
        Implementering av rådene bør inngå som del av tjenestenes arbeid med kvalitetsforbedring jamfør forskrift om

        . Se også . ledelse og kvalitetsforbedring i helse- og omsorgstjenesten (lovdata.no) veileder til forskriften
        """
    static let implementationLinks = [
        "https://lovdata.no/dokument/LTI/forskrift/2016-10-28-1250",
        "https://lovdata.no/dokument/LTI/forskrift/2016-10-28-1250",
        "https://www.helsedirektoratet.no/veiledere/ledelse-og-kvalitetsforbedring-i-helse-og-omsorgstjenesten",
    ]

    // From Corpus/me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt (web page saved as text).
    /// Line 37.
    static let mePårørende = """
        Helsepersonell må sørge for at barn som pårørende blir ivaretatt, jmf. helsepersonelloven § 10a.  Se mer informasjon i pårørendeveilederen: Informasjon og støtte til barn som pårørende - Helsedirektoratet 
        """
    /// Line 87.
    static let meEthics = """
        Det kan være krevende for helsepersonell å yte helsehjelp i situasjoner der man over tid ikke opplever bedring eller ikke kommer i posisjon til å yte helsehjelp. I tillegg kan det være usikkerhet knyttet til om det er riktige tiltak man setter inn. Helsepersonell kan oppleve at visse typer tilrettelegging strider mot grunnutdanningens prinsipper om å bidra til at pasienter selv skal utføre så mye de klarer av egentiltak i forbindelse med for eksempel dagliglivets aktiviteter. Etisk refleksjon og veiledning fra helsepersonell som har bred erfaring med pasientgruppen kan bidra til faglig utvikling og trygghet. Forsvarlig helsehjelp innebærer også å innhente bistand og kunnskap der man selv ikke har kompetansen, jf. helsepersonelloven § 4.Forsvarlighet
        """
}
