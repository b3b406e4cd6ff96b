/**
 * A rough model of how often two characters appear side by side in mixed text (prose, code, logs),
 * used only to pick the rarest pair of each trigger to index it by (trigger-scan.ts): a rarer pair
 * means fewer false hits to check, never a different answer.
 */

/** The most frequent English letter pairs, as a percentage of all letter pairs. */
const englishPairPercents =
  'th3.56 he3.07 in2.43 er2.05 an1.99 re1.85 on1.76 at1.49 en1.45 nd1.35 ti1.34 es1.34 or1.28 te1.2 of1.17 ed1.17 is1.13 ' +
  'it1.12 al1.09 ar1.07 st1.05 to1.04 nt1.04 ng.95 se.93 ha.93 as.87 ou.87 io.83 le.83 ve.83 co.79 me.79 de.76 hi.76 ri.73 ' +
  'ro.73 ic.7 ne.69 ea.69 ra.69 ce.65 li.62 ch.6 ll.58 be.58 ma.57 si.55 om.55 ur.54 ca.54 el.53 ta.53 la.53 ns.51 di.5 ' +
  'fo.5 ho.5 pe.49 ec.49 pr.49 no.49 ct.48 us.48 ac.47 ot.47 il.47 tr.46 ly.46 nc.45 et.45 ut.44 ss.43 so.43 rs.43 un.42 ' +
  'lo.42 wa.41 ge.41 ie.41 wh.4 ee.4 wi.39 em.39 ad.39 ol.39 rt.38 po.38 we.37 na.36 ul.36 ni.36 ts.35 mo.35 ow.35 pa.35 ' +
  'im.34 mi.34 ai.33 sh.33 ir.33 su.33 id.32 os.31 iv.31 ia.31 am.3 fi.3 ci.3 vi.29 pl.29 ig.29 tu.29 ev.28 ld.28 ry.28 ' +
  'mp.28 fe.28 bl.28 ab.27 gh.27 ty.27 op.26 wo.26 sa.26 ay.26 ex.26 ke.25 fr.25 oo.25 av.24 ag.24 if.24 ap.24 gr.24 od.23 ' +
  'bo.23 sp.23 rd.23 do.23 uc.23 bu.22 ei.22 ov.22 by.22 rm.21 ep.21 tt.21 oc.21 fa.21 ef.21 cu.2 rn.2 sc.2 gi.2 da.2 yo.2 ' +
  'cr.19 cl.19 du.19 ga.19 qu.19 ue.19 ff.18 ba.18 ey.18 ls.18 va.18 um.18 pp.17 ua.17 up.17 lu.17 go.17 ht.17 ru.17 ug.16 ' +
  'ds.16 lt.16 pi.16 rc.16 rr.16 eg.16 au.16 ck.16 ew.15 mu.15 br.15 bi.15 pt.15 ak.15 pu.14';
const pairShares = new Map(englishPairPercents.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(2)) / 100] as const));
/** A letter pair not in the table is taken to be this common among letter pairs. */
const unlistedPairShare = 0.0005;
/** About this share of positions in mixed text is a letter followed by a letter. */
const letterPairPositions = 0.6;

/** Rough share of a single non-letter character in mixed text. */
function symbolShare(char: string): number {
  if (char === ' ') return 0.15;
  if (/[0-9.,"\-/:=]/.test(char)) return 0.01;
  return char === '_' ? 0.005 : 0.002;
}

/** Letters are about 60% of mixed text; a capital is about a tenth as common as its small letter. */
function letterShare(char: string): number {
  return /[a-z]/.test(char) ? 0.06 : 0.006;
}

/**
 * Rough chance that the two characters start at a given position of mixed text (in any letter
 * case when `ignoreCase`); only their order matters. Letter pairs follow English pair frequencies.
 * @example
 * pairFrequency('th', false) > pairFrequency('xq', false); // true
 */
export function pairFrequency(pair: string, ignoreCase: boolean): number {
  const [first, second] = [pair[0]!, pair[1]!];
  const isLetter = (char: string): boolean => /[A-Za-z]/.test(char);
  if (isLetter(first) && isLetter(second)) {
    const share = (pairShares.get(pair.toLowerCase()) ?? unlistedPairShare) * letterPairPositions;
    const capitals = ignoreCase ? 0 : [first, second].filter((char) => /[A-Z]/.test(char)).length;
    return share * (ignoreCase ? 1.2 : 0.1 ** capitals);
  }
  const share = (char: string): number => (isLetter(char) ? (ignoreCase ? 0.066 : letterShare(char)) : symbolShare(char));
  return share(first) * share(second);
}
