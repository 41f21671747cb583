import { ruleTable } from '../../helpers';
import { unattributedClaimRule } from '../../../../src/core/rules/attribution/unattributedClaim';
import { vagueSourceRule } from '../../../../src/core/rules/attribution/vagueSource';
import { unattributedQuoteRule } from '../../../../src/core/rules/attribution/unattributedQuote';
import { hedgeWithoutSourceRule } from '../../../../src/core/rules/attribution/hedgeWithoutSource';

ruleTable(unattributedClaimRule, [
  { name: 'source through "informed reporters"', text: 'Transport Minister Lena Berg informed reporters that ferry traffic fell by more than half in March.', flags: [] },
  { name: 'intelligence-style "there are indications"', text: 'There are indications that the two navies are sharing radar data.', flags: ['There are indications that the two navies are sharing radar data.'] },
  { name: '"the latest sign" judgement', text: 'The border closure is the latest sign of the deepening rift between the neighbours.', flags: ['The border closure is the latest sign of the deepening rift between the neighbours.'] },
  { name: 'agentless "have been seen"', text: 'Signs of a thaw in relations have been seen in the capital.', flags: ['Signs of a thaw in relations have been seen in the capital.'] },
  { name: 'causal claim', text: 'The shortage was caused by panic buying in the suburbs.', flags: ['The shortage was caused by panic buying in the suburbs.'] },
  { name: 'statistic', text: 'Rents in the city rose 12 percent last year.', flags: ['Rents in the city rose 12 percent last year.'] },
  { name: 'superlative', text: 'It was the deadliest winter the valley has known.', flags: ['It was the deadliest winter the valley has known.'] },
  { name: 'prediction', text: 'The new tariffs will hurt small exporters.', flags: ['The new tariffs will hurt small exporters.'] },
  { name: 'only the claim in a mixed paragraph', text: 'The ferry docked at noon. Passenger numbers have doubled since the route opened.', flags: ['Passenger numbers have doubled since the route opened.'] },
  { name: 'named source via "according to"', text: 'Rents in the city rose 12 percent last year, according to the housing ministry.', flags: [] },
  { name: 'named source via "said"', text: 'Mayor Ines Tavares said the shortage was caused by panic buying.', flags: [] },
  { name: 'inverted speaker', text: 'The tariffs will hurt small exporters, said Jonas Ek, who runs a furniture firm.', flags: [] },
  { name: 'pronoun carries the source of the sentence before', text: 'Finance Minister Ola Berg spoke on Monday. She said the tariffs will hurt small exporters.', flags: [] },
  { name: 'vague source is not "no source"', text: 'Analysts say the tariffs will hurt small exporters.', flags: [] },
  { name: 'a speaker inside inferred content is not the source', text: 'The troop build-up suggests that Ankara expects a long campaign.', flags: ['The troop build-up suggests that Ankara expects a long campaign.'] },
  { name: 'characterising an event', text: 'The agreement marks a turning point for the two ports.', flags: ['The agreement marks a turning point for the two ports.'] },
  { name: 'headline without a full stop', text: 'Ferry fares will soar next summer', flags: ['Ferry fares will soar next summer'] },
  { name: 'plain narration', text: 'The meeting took place in Lisbon. The two ministers shook hands and left.', flags: [] },
  { name: 'the stated reason for a disruption', text: 'The concert was postponed because of heavy rain.', flags: [] },
  { name: 'a head count is description', text: 'The ship left port with 250 passengers on board.', flags: [] },
  { name: 'a schedule, not a forecast', text: 'The talks are expected to resume in Geneva next month.', flags: [] },
  { name: '"will" before a specific day is a schedule', text: 'The cup final will be played in Cardiff on 14 May.', flags: [] },
  { name: '"will" without a day is a forecast', text: 'The new tolls will drive lorries onto village roads.', flags: ['The new tolls will drive lorries onto village roads.'] },
  { name: 'what a place holds is description', text: 'The library holds more than 40,000 maps.', flags: [] },
  { name: 'scheduled event', text: 'The delegations will meet again in Vienna on Friday.', flags: [] },
  { name: 'a year is not a statistic', text: 'The bridge was built in 1974 and repainted in 2019.', flags: [] },
]);

ruleTable(vagueSourceRule, [
  { name: 'analysts say', text: 'Meanwhile, regional analysts say the ceasefire could collapse.', flags: ['regional analysts say'] },
  { name: 'officials said', text: 'Officials said the border would reopen on Monday.', flags: ['Officials said'] },
  { name: 'sources close to', text: 'Sources close to the talks said a deal was near.', flags: ['Sources close to the talks said'] },
  { name: 'reportedly', text: 'The rebels have reportedly taken the airport.', flags: ['reportedly'] },
  { name: 'passive "is believed to"', text: 'The virus is believed to have spread from a farm.', flags: ['is believed to'] },
  { name: 'according to reports', text: 'The singer cancelled the tour, according to reports.', flags: ['according to reports'] },
  { name: 'named person', text: 'Analyst Maya Stein said the ceasefire could collapse.', flags: [] },
  { name: 'named organisation', text: 'The Pentagon said the border would reopen on Monday.', flags: [] },
  { name: 'named source wins over "reportedly"', text: 'The rebels have reportedly taken the airport, according to the Interior Ministry.', flags: [] },
  { name: 'a noun, not a verb of saying ("in neighbouring states")', text: 'Smoke from fires in neighbouring states covered the valley.', flags: [] },
  { name: 'an infinitive is not an attribution ("hard to say")', text: 'It was hard to say how the crowd reacted.', flags: [] },
  { name: 'a thing is not a source ("these maps show")', text: 'These maps show the flooded streets.', flags: [] },
  { name: 'local media', text: 'Local media reported that the mayor had resigned.', flags: ['Local media reported'] },
  { name: 'a quantified group', text: 'Some landlords have warned that rents will rise.', flags: ['Some landlords have warned'] },
  { name: 'a negated verb attributes nothing', text: 'The firm declined to comment and did not deny the report.', flags: [] },
  { name: 'pronoun after a vague source is not flagged twice', text: 'Critics say the law is too broad. They said it would be challenged.', flags: ['Critics say'] },
]);

ruleTable(unattributedQuoteRule, [
  { name: 'quote with no speaker', text: '“We were never told the dam was unsafe,” read a note pinned to the door.', flags: ['“We were never told the dam was unsafe,” read a note pinned to the door.'] },
  { name: 'stand-alone quotation', text: 'The hall went quiet. “This is the end of the line for all of us.”', flags: ['“This is the end of the line for all of us.”'] },
  { name: 'speaker after the quote', text: '“We were never told the dam was unsafe,” said resident Lena Kraus.', flags: [] },
  { name: 'quote spanning two sentences', text: '“We were never told. Nobody came to warn us,” the farmer told reporters.', flags: [] },
  { name: 'quote continued after "he said"', text: '“We are ready,” Minister Aldo Reyes said. “Nothing has changed since Monday.”', flags: [] },
  { name: 'inch marks are not quotation marks', text: 'The screens come in 14", 15.4" and 16" sizes and cost the same.', flags: [] },
  { name: 'speaker in an apposition before the verb', text: 'On Monday the Daily Courier, the paper of the ruling party, warned that there was “no room at all for compromise on the border”.', flags: [] },
  { name: 'short scare quote', text: 'The minister called the report “fake news” and left.', flags: [] },
]);

ruleTable(hedgeWithoutSourceRule, [
  { name: 'could', text: 'The dispute could delay the harvest.', flags: ['The dispute could delay the harvest.'] },
  { name: 'appears to', text: 'The fire appears to have started in the kitchen.', flags: ['The fire appears to have started in the kitchen.'] },
  { name: 'hedge with a source', text: 'The fire appears to have started in the kitchen, fire chief Ruth Amos said.', flags: [] },
  { name: '"could not" is not a hedge', text: 'The mayor could not attend the ceremony.', flags: [] },
  { name: 'the month May is not a hedge', text: 'The ceremony took place in May.', flags: [] },
]);
