import { definePatternRule } from '../../learned/rules.js';

/** Names of chemical, biological, radiological, nuclear and explosive weapons and their making. */
export const indiscriminateWeaponsRule = definePatternRule({
  id: 'indiscriminate-weapons',
  type: 'INDISCRIMINATE_WEAPONS',
  patterns: [
    String.raw`\b(?:nerve\s+agents?|sarin|tabun|soman|vx\s+(?:gas|agent)|novichok|mustard\s+gas|chlorine\s+gas\s+attack|ricin|anthrax|botulinum|weaponi[sz]\w*|bioweapons?|biological\s+weapons?|chemical\s+weapons?|dirty\s+bombs?|radiological\s+(?:weapon|device|dispersal)|nuclear\s+(?:bomb|weapon|device)s?|enrich\w*\s+uranium|weapons?-grade|pipe\s+bombs?|ied|improvised\s+explosive|pressure[-\s]cooker\s+bomb|car\s+bomb|suicide\s+vest|mass[-\s]casualt\w+)\b`,
    String.raw`\b(?:make|build|assemble|synthesi[sz]e|produce|cook|brew|culture|aerosoli[sz]e|disperse|detonate)\b[^.!?\n]{0,30}?\b(?:bomb|explosive|nerve\s+agent|toxin|pathogen|plague|smallpox|gas\s+attack)\b`,
    String.raw`(?:arma\s+(?:química|biológica|nuclear)|armes?\s+(?:chimique|biologique|nucléaire)|chemische\s+waffe|biowaffe|atombombe|bomba\s+(?:sucia|caseira|casera)|sarín|神经毒剂|生物武器|化学武器|脏弹|核弹|炸弹|химическ\w+\s+оружи|бомб\w*)`,
  ],
});
