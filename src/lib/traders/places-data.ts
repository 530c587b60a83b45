/**
 * Towns and villages in and near Hertfordshire, and the postcode districts that serve them, so a resident
 * can type "St Albans" or "hemel" where a postcode is asked for. A place may be served by several
 * districts (Hertford: SG13 and SG14) and a district serves many places; only places a source lists are
 * here. Coverage is approximate, as the sources themselves say: a trader covering the district is offered.
 *
 * Sources (read December 2026):
 * - AL: https://en.wikipedia.org/wiki/AL_postcode_area (coverage table AL1–AL10)
 * - SG: https://en.wikipedia.org/wiki/SG_postcode_area (coverage table SG1–SG19; eastern Hertfordshire and
 *   east Bedfordshire); Hertford as SG13 and SG14: https://en.m.wikipedia.org/wiki/Hertford
 * - WD: http://ebook.worldlibrary.net/articles/eng/WD_postcode_area (a copy of Wikipedia's "WD postcode
 *   area": WD3–WD7, WD17–WD19, WD23–WD25)
 * - HP: https://www.geograph.org.uk/article/Postal-address-history-and-photo-album/15 (HP1–3 Hemel
 *   Hempstead, HP4 Berkhamsted, HP23 Tring, the Hertfordshire part of HP)
 * - EN: https://diamondgeezer.blogspot.com/2023/03/en6-en7-en8-en9.html (EN6–EN8 in Hertfordshire, EN9 in
 *   Essex); Turnford as EN10 (post town Broxbourne): https://wikimili.com/wiki/Turnford,_Hertfordshire
 * - CM: https://en.wikipedia.org/wiki/CM_postcode_area (Bishop's Stortford CM22–CM23 and Sawbridgeworth
 *   CM21 are the Hertfordshire part of CM; Stansted CM24 lies within Bishop's Stortford's post town)
 */

export interface Place {
  /** The name as residents write it. */
  name: string;
  /** Postcode districts serving it, the main one first. */
  districts: readonly string[];
  /** Other spellings people use ("Hemel" is matched as a start of the name already). */
  aliases?: readonly string[];
}

export const PLACES: readonly Place[] = [
  // AL: St Albans
  { name: 'St Albans', districts: ['AL1', 'AL2', 'AL3', 'AL4'] },
  { name: 'Bricket Wood', districts: ['AL2'] },
  { name: 'London Colney', districts: ['AL2'] },
  { name: 'Park Street', districts: ['AL2'] },
  { name: 'Chiswell Green', districts: ['AL2'] },
  { name: 'Colney Street', districts: ['AL2'] },
  { name: 'Redbourn', districts: ['AL3'] },
  { name: 'Markyate', districts: ['AL3'] },
  { name: 'Flamstead', districts: ['AL3'] },
  { name: 'Sandridge', districts: ['AL3', 'AL4'] },
  { name: 'Wheathampstead', districts: ['AL4'] },
  { name: 'Colney Heath', districts: ['AL4'] },
  { name: 'Jersey Farm', districts: ['AL4'] },
  { name: 'Marshalswick', districts: ['AL4'] },
  { name: 'Smallford', districts: ['AL4'] },
  { name: 'Harpenden', districts: ['AL5'] },
  { name: 'Kinsbourne Green', districts: ['AL5'] },
  { name: 'Welwyn', districts: ['AL6'] },
  { name: 'Digswell', districts: ['AL6'] },
  { name: 'Tewin', districts: ['AL6'] },
  { name: 'Ayot St Lawrence', districts: ['AL6'] },
  { name: 'Ayot St Peter', districts: ['AL6'] },
  { name: 'Welwyn Garden City', districts: ['AL7', 'AL8'], aliases: ['wgc'] },
  { name: 'Lemsford', districts: ['AL8'] },
  { name: 'Hatfield', districts: ['AL10', 'AL9'] },
  { name: 'Brookmans Park', districts: ['AL9'] },
  { name: 'Essendon', districts: ['AL9'] },
  { name: 'North Mymms', districts: ['AL9'] },
  { name: 'Welham Green', districts: ['AL9'] },
  // SG: Stevenage
  { name: 'Stevenage', districts: ['SG1', 'SG2'] },
  { name: 'Great Ashby', districts: ['SG1'] },
  { name: 'Walkern', districts: ['SG2'] },
  { name: 'Ardeley', districts: ['SG2'] },
  { name: 'Knebworth', districts: ['SG3'] },
  { name: 'Datchworth', districts: ['SG3'] },
  { name: 'Woolmer Green', districts: ['SG3'] },
  { name: 'Hitchin', districts: ['SG4', 'SG5'] },
  { name: 'Codicote', districts: ['SG4'] },
  { name: 'Kimpton', districts: ['SG4'] },
  { name: 'Weston', districts: ['SG4'] },
  { name: 'St Ippolyts', districts: ['SG4'] },
  { name: 'Little Wymondley', districts: ['SG4'] },
  { name: 'Great Wymondley', districts: ['SG4'] },
  { name: 'Whitwell', districts: ['SG4'] },
  { name: 'Graveley', districts: ['SG4'] },
  { name: 'Breachwood Green', districts: ['SG4'] },
  { name: "St Paul's Walden", districts: ['SG4'] },
  { name: "King's Walden", districts: ['SG4'] },
  { name: 'Stotfold', districts: ['SG5'] },
  { name: 'Ickleford', districts: ['SG5'] },
  { name: 'Pirton', districts: ['SG5'] },
  { name: 'Offley', districts: ['SG5'] },
  { name: 'Letchworth Garden City', districts: ['SG6'], aliases: ['letchworth'] },
  { name: 'Baldock', districts: ['SG7'] },
  { name: 'Ashwell', districts: ['SG7'] },
  { name: 'Royston', districts: ['SG8'] },
  { name: 'Barkway', districts: ['SG8'] },
  { name: 'Melbourn', districts: ['SG8'] },
  { name: 'Buntingford', districts: ['SG9'] },
  { name: 'Much Hadham', districts: ['SG10'] },
  { name: 'Ware', districts: ['SG12', 'SG11'] },
  { name: 'Hertford', districts: ['SG13', 'SG14'] },
  { name: 'Arlesey', districts: ['SG15'] },
  { name: 'Henlow', districts: ['SG16'] },
  { name: 'Shefford', districts: ['SG17'] },
  { name: 'Biggleswade', districts: ['SG18'] },
  { name: 'Sandy', districts: ['SG19'] },
  // WD: Watford
  { name: 'Rickmansworth', districts: ['WD3'] },
  { name: 'Chorleywood', districts: ['WD3'] },
  { name: 'Croxley Green', districts: ['WD3'] },
  { name: 'Mill End', districts: ['WD3'] },
  { name: 'Maple Cross', districts: ['WD3'] },
  { name: 'Sarratt', districts: ['WD3'] },
  { name: 'Kings Langley', districts: ['WD4'] },
  { name: 'Chipperfield', districts: ['WD4'] },
  { name: 'Hunton Bridge', districts: ['WD4'] },
  { name: 'Abbots Langley', districts: ['WD5'] },
  { name: 'Bedmond', districts: ['WD5'] },
  { name: 'Borehamwood', districts: ['WD6'], aliases: ['boreham wood'] },
  { name: 'Elstree', districts: ['WD6'] },
  { name: 'Radlett', districts: ['WD7'] },
  { name: 'Shenley', districts: ['WD7'] },
  { name: 'Watford', districts: ['WD17', 'WD18', 'WD19', 'WD24', 'WD25'] },
  { name: 'Cassiobury', districts: ['WD17'] },
  { name: 'Oxhey', districts: ['WD19'] },
  { name: 'South Oxhey', districts: ['WD19'] },
  { name: 'Carpenders Park', districts: ['WD19'] },
  { name: 'Bushey', districts: ['WD23'] },
  { name: 'Bushey Heath', districts: ['WD23'] },
  { name: 'Garston', districts: ['WD25'] },
  { name: 'Leavesden', districts: ['WD25'] },
  { name: 'Aldenham', districts: ['WD25'] },
  // HP: Hemel Hempstead (the Hertfordshire towns)
  { name: 'Hemel Hempstead', districts: ['HP1', 'HP2', 'HP3'] },
  { name: 'Berkhamsted', districts: ['HP4'] },
  { name: 'Tring', districts: ['HP23'] },
  // EN: Enfield (the Hertfordshire districts, and Waltham Abbey over the Essex border)
  { name: 'Potters Bar', districts: ['EN6'] },
  { name: 'Cheshunt', districts: ['EN7', 'EN8'] },
  { name: 'Waltham Cross', districts: ['EN8', 'EN7'] },
  { name: 'Waltham Abbey', districts: ['EN9'] },
  { name: 'Broxbourne', districts: ['EN10'] },
  { name: 'Turnford', districts: ['EN10'] },
  { name: 'Hoddesdon', districts: ['EN11'] },
  // CM: Chelmsford (the Hertfordshire part, and Stansted inside Bishop's Stortford's post town)
  { name: 'Sawbridgeworth', districts: ['CM21'] },
  { name: "Bishop's Stortford", districts: ['CM23', 'CM22'] },
  { name: 'Stansted', districts: ['CM24'] },
];
