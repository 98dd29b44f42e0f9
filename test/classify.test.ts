import { describe, expect, it } from 'vitest';
import { claimsOf, extract } from './helpers.ts';
import { compileLexicon, labelText } from '../src/stages/lexicon.ts';
import { loadPipeline } from '../src/pipeline.ts';

describe('classify: labels by what the source does', () => {
  it('labels by the cue lexicon', () => {
    expect(claimsOf('The company denied that it had broken the rules.')[0][1]).toBe('denial');
    expect(claimsOf('Analysts warned that prices could fall.')[0][1]).toBe('warning');
    expect(claimsOf('The minister said that prices will fall.')[0][1]).toBe('assertion');
  });

  it('reads "the biggest cause for concern", "worrying", "disturbing" and a foretold "negative impact" as warnings', () => {
    expect(claimsOf('"We have to fix our scrum, it is the biggest cause for concern," said Gatland.')[0][1]).toBe('warning');
    expect(claimsOf('He said the euro\'s strength was "absolutely worrying" for exporters.')[0][1]).toBe('warning');
    expect(claimsOf('"His lack of knowledge is disturbing to me," Levine said.')[0][1]).toBe('warning');
    expect(claimsOf('"It would be a shame if that has a negative impact on the investment climate," he said.')[0][1]).toBe('warning');
    // (not the verb: "worrying about where he will play")
    expect(claimsOf('"Mike does not want to go into the Six Nations worrying about where he will play," Alli said.')[0][1]).toBe('assertion');
  });

  it('does not make a negation a denial', () => {
    expect(claimsOf('At the same time, he noted that Ukraine is not covered by the guarantees.')[0][1]).toBe('assertion');
    expect(claimsOf('The mayor said the road would not open before May.')[0][1]).toBe('assertion');
  });

  it('takes denials and warnings from the content: a right refused, consequences threatened, a word quoted', () => {
    const r = extract('Foreign Minister Dmytro Kuleba said that Russia has no right to block the talks.');
    expect(r.claims[0].label).toBe('denial');
    expect(r.claims[0].evidence).toContain('label:content-phrase:has-no-right');
    expect(claimsOf('Stoltenberg stated that “any invasion will have a high cost” for Russia.')[0][1]).toBe('warning');
    expect(claimsOf('He called the proposals “illegal”.')[0][1]).toBe('denial');
  });

  it('lets the strongest act of one source win: denial, then warning, then assertion', () => {
    const r = extract('Kiev and Western countries claim that troops have massed, and express fears that an attack may come.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0].label).toBe('warning');
    expect(r.claims[0].cue?.text).toBe('claim');
  });

  it('labels nothing in the strict pipeline from content phrases', async () => {
    const { Extractor } = await import('../src/extract.ts');
    const strict = new Extractor('strict');
    const r = strict.extractText('Foreign Minister Dmytro Kuleba said that Russia has no right to block the talks.').result;
    expect(r.claims[0].label).toBe('assertion');
    expect(r.extractor.pipeline).toBe('strict');
  });
});

describe('classify: scope and polarity of label rules', () => {
  const label = (s: string) => extract(s).claims[0]?.label;
  const evidence = (s: string) => extract(s).claims[0]?.evidence.find((e) => e.startsWith('label:'));

  it('labels by the outer act when a past denial or warning is reported inside the content', () => {
    const told = 'Mr Sullivan told the court that he repeatedly warned Mr Ebbers about the accounts.';
    expect(label(told)).toBe('assertion');
    expect(evidence(told)).toBe('label:reported-cue:warn');
    // the denial cue inside the content does not outrank the warning the source gives
    const lose = 'Mr Brown said the senator could lose his seat because he denied the nominee a hearing.';
    expect(label(lose)).toBe('warning');
  });

  it('gives no label from a cue in the source\'s own relative clause, another act than this statement', () => {
    const blair = 'Mr Blair, who last year denied he planned to join the Catholic faith, said abortion was a "difficult issue".';
    expect(label(blair)).toBe('assertion');
    expect(evidence(blair)).toBe('label:other-act-cue:deny');
    expect(label('Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, said the family deserved better.')).toBe('assertion');
    expect(label('"Mutu will be in our stand," said a Juventus official, who declined to be named.')).toBe('assertion');
    // a later act of the source outside the content still labels the claim; the main cue its own statement
    expect(label('"Women\'s tennis is really strong," she said, dismissing suggestions that the game was weak.')).toBe('denial');
    expect(label('Mr Blair, who last year said he would stay, denied he planned to join the Catholic faith.')).toBe('denial');
  });

  it('reads a denial or warning cue in a relative clause inside the content as reported, not the source\'s own', () => {
    expect(label("O'Donnell recalled that Trump sent an attorney to his office who threatened to link him with illegal activities.")).toBe('assertion');
    expect(label('The government has said it will act against employers who refuse to pay the minimum wage.')).toBe('assertion');
  });

  it('reads consequences that something will have as a warning, not consequences as a topic', () => {
    expect(label('"If the Americans choose Trump, that will have consequences," he said.')).toBe('warning');
    expect(label('"Carrier and Ford need to know that there are consequences to leaving," he said.')).toBe('warning');
    expect(label('He says he was a great believer in responsibility and consequences, even when they were painful.')).toBe('assertion');
    expect(label('Ted Cruz said he knows the tragic consequences of opioid addiction firsthand.')).toBe('assertion');
  });

  it('reads "made up" as a denial of something invented, not of a share that people make up', () => {
    expect(label('He said Fields had "made up the story."')).toBe('denial');
    expect(label('He said the "forgotten majority" made up the backbone of Britain.')).toBe('assertion');
    expect(label('The report said whites made up just 36 percent of the electorate.')).toBe('assertion');
  });

  it('reads "disagree" as a denial and the noun "disagreements" as none', () => {
    expect(label('"I fundamentally disagree with locking people up," he said.')).toBe('denial');
    expect(label('Mr Prescott said there were occasional disagreements in any government.')).toBe('assertion');
  });

  it('reads "I cannot deny" as an admission and "any risks" under a negation as no warning', () => {
    expect(label('"I cannot deny that we made a lot of mistakes," she said.')).toBe('assertion');
    expect(label('"We don\'t see any risks to us in that growth," he said.')).toBe('assertion');
    expect(label('"We deny that we made any mistakes," she said.')).toBe('denial');
  });

  it('keeps criticism such as "derided" an assertion', () => {
    expect(label('The senator derided the plan as a gimmick.')).toBe('assertion');
  });

  it('reads contractions and quotation marks away: "wasn\'t hiding", not "one iota" of truth', () => {
    expect(label('The firm insisted that it wasn\'t hiding anything from regulators.')).toBe('denial');
    expect(label('The minister added there was not "one iota" of truth in the story.')).toBe('denial');
  });

  it('finds denials said as a negation and its target, a reply that starts with no, and a first-person refusal', () => {
    expect(label('"I have never had any such meeting with the lobbyists," the MP said.')).toBe('denial');
    expect(label('"No, we have never met him," the spokeswoman replied.')).toBe('denial');
    // a content that is only "no" (the sentence's stop stays out of it)
    expect(label('Asked whether he would apologise, the candidate said no. Officials agreed.')).toBe('denial');
    expect(label('"We reject the union\'s demands entirely," the chairman said.')).toBe('denial');
  });

  it('does not count someone else\'s rejection, refusal or lie reported in the content', () => {
    expect(label('The analyst said voters rejected the scheme in 1999.')).toBe('assertion');
    expect(label('Prosecutors argued that the bankers lied about the losses.')).toBe('assertion');
  });

  it('does not make an accusation a denial through the falsity words it reports', () => {
    expect(label('The letter accused the reporter of misrepresenting the documents.')).toBe('assertion');
    // …nor an admission of the source's own error
    expect(label('The minister has already admitted he was wrong to give the tickets away.')).toBe('assertion');
  });

  it('cancels phrase matches inside exceptions: things going wrong, tax cuts, cost estimates, inability', () => {
    expect(label('The singer said things went badly wrong after the tour.')).toBe('assertion');
    expect(label('"Don\'t get me wrong, England have a lot of talented players," he said.')).toBe('assertion');
    expect(label('The player said he knew something was wrong when he fell.')).toBe('assertion');
    expect(label('The party said it would deliver much bigger tax cuts.')).toBe('assertion');
    expect(label('Officials said the scheme could cost £80m to run.')).toBe('assertion');
    // a saving is no harm, a cost still is
    expect(label('Heineken said it would also seek to cut costs.')).toBe('assertion');
    expect(label('The airline said the new planes would help it to cut operating costs further.')).toBe('assertion');
    expect(label('The minister said the strike would cost jobs.')).toBe('warning');
    // a bidding war, a losing run, running costs, a message that hits home, how much it would cost: no harm foretold
    expect(label('Analysts believe the exchange would win if it came to a bidding war.')).toBe('assertion');
    expect(label('The coach believes Wales might end their four-match losing run.')).toBe('assertion');
    expect(label('The study found that the service could cover its operating costs.')).toBe('assertion');
    expect(label('He hopes his message will start to hit home.')).toBe('assertion');
    expect(label('Critics decried the lack of details about how much it would cost.')).toBe('assertion');
    expect(label('The minister said the war would cost lives.')).toBe('warning');
    // (a modal in the perfect speaks of the past; "have to" after it still foretells)
    expect(label('"In hindsight, it could have been a lot worse," she said.')).toBe('assertion');
    expect(label('Experts said sales would have been far worse without the cuts.')).toBe('assertion');
    expect(label('He said the firm may have to declare itself bankrupt.')).toBe('warning');
    expect(label('The minister said the policy will have a high cost.')).toBe('warning');
    // (harm kept from someone is no warning)
    expect(label('She said the law would protect Americans from attack.')).toBe('assertion');
    expect(label('He said: "We will rescue the nation from the Obama-Clinton disaster."')).toBe('assertion');
    expect(label('He said the war could cost thousands of lives.')).toBe('warning');
    // (bewildered, not harmed)
    expect(label('"What I will say is that I am at a loss as to why that incident was picked up," he said.')).toBe('assertion');
    // (a regret is the speaker's own feeling, and "might as well" an idiom: neither foretells harm)
    expect(label('"I thought I would regret it if I didn\'t," he said.')).toBe('assertion');
    expect(label('"I might as well walk away from football," he said.')).toBe('assertion');
    expect(label('"We might walk away from the deal," he said.')).toBe('warning');
    // (a wish is no forecast, nor is an estimate of cost)
    expect(label('"If there is anyone the committee would like to see lose, it is Cruz," he said.')).toBe('assertion');
    expect(label('He said next generation games will cost between $10m and $25m to make.')).toBe('assertion');
    // (a target hit is an aim, problems solved a mend)
    expect(label('The firm said it was confident it would hit its targets for 2005.')).toBe('assertion');
    expect(label('"We will work together and we will get those problems solved," he said.')).toBe('assertion');
    expect(label('"The strike will hit the economy," he said.')).toBe('warning');
    // (harm mended: "reduce", "prevent", "address" before the outcome; "end in" is no mend)
    expect(label('"The cards will hopefully reduce the number of piracy problems around the world," she said.')).toBe('assertion');
    expect(label('Most said stricter gun laws would help prevent gun violence.')).toBe('assertion');
    expect(label('She said: "Unless world leaders act now the year will end in shameful failure."')).toBe('warning');
    expect(label('"People say we won\'t be able to finish the road," the mayor said.')).toBe('assertion');
    // "lies with" locates, "illegal immigrants" names a group: no claim called false
    expect(label('The coach said the problem lies with the defence.')).toBe('assertion');
    expect(label('He said the best prospect of peace lies in the spread of democracy.')).toBe('assertion');
    expect(label('The minister said the number of illegal immigrants had dropped.')).toBe('assertion');
    expect(label('The minister said the claims were illegal.')).toBe('denial');
    // …and so do "unlawful" and "unconstitutional", said of something, not before a noun
    expect(label('Texas sued the administration, calling the moves unconstitutional.')).toBe('denial');
    expect(label('The governor said the bill was unlawful and vetoed it.')).toBe('denial');
    expect(label('Republicans say it is a pattern of unconstitutional overreach by the president.')).toBe('assertion');
    // before a noun, "illegal" describes ("illegal file-sharing"); said of something it denies
    expect(label('The industry body said illegal file-sharing continued to depress the market.')).toBe('assertion');
    expect(label('The e-mails tell recipients that they have accessed illegal websites.')).toBe('assertion');
    expect(label('Lawyers said the auction was illegal because the firm had filed for bankruptcy.')).toBe('denial');
    expect(label('She said that if you make abortion illegal again, women will suffer.')).toBe('denial');
    // "made up of" composes and a mind made up is decided: nothing called invented
    expect(label('The minister said the panel was made up of local councillors.')).toBe('assertion');
    expect(label('Most voters said they have their minds made up.')).toBe('assertion');
    expect(label('He said the senator had made up his mind.')).toBe('assertion');
    expect(label('She said the story was made up.')).toBe('denial');
  });

  it('labels a statement that runs around its reporting clause without that clause', () => {
    // "say" inside the span is the source's own act, not a report embedded in the statement
    expect(label('Unless countries develop better plans, the experts say, the world could suffer profound consequences.')).toBe('warning');
  });

  it('reads a negated warning as a reassurance', () => {
    expect(label('The regulator said the bank was not a threat to savers.')).toBe('assertion');
    expect(label('"I am not going to give up on the project," the founder said.')).toBe('assertion');
  });

  it('finds warnings in concern, posed risks, first-person fears and forecasts of harm', () => {
    expect(label('The governor said she was deeply concerned about the rise in debt.')).toBe('warning');
    expect(label('The economist said higher taxes could pose a serious risk to growth.')).toBe('warning');
    expect(label('"I fear the plant will close next year," the union leader said.')).toBe('warning');
    expect(label('Forecasters predicted more damaging storms this winter.')).toBe('warning');
    expect(label('The opposition said the budget would cut frontline services.')).toBe('warning');
  });

  it('does not take a warning phrase from speech reported inside the content', () => {
    expect(label('"The president reported that our allies are rattled by the threat he represents," the senator said.')).toBe('assertion');
  });
});

describe('classify: a problem said to grow', () => {
  it('is a warning, unless negated', async () => {
    const { extract } = await import('./helpers.ts');
    const label = (t: string) => extract(t).claims[0].label;
    expect(label('The minister said unemployment will rise sharply next year.')).toBe('warning');
    expect(label('The minister said unemployment will not rise next year.')).toBe('assertion');
    expect(label('"This feeling of distrust is going to be enlarged," she said.')).toBe('warning');
  });
});

describe('classify: harm foretold to a firm or to taxpayers, and harm done without', () => {
  const label = (t: string) => extract(t).claims[0]?.label;
  it('reads liquidation and tax rises foretold as warnings, and "without … tax increases" as none', () => {
    expect(label('Creditors have said they will put the company into liquidation if its parent fails to back a bail-out.')).toBe('warning');
    expect(label('The institute said Mr Brown would need to raise taxes to balance the books.')).toBe('warning');
    expect(label('"Any firm that bribes officials will be appropriately prosecuted," the attorney said.')).toBe('warning');
    expect(label('The bank said two million people could be thrown into poverty by the disaster.')).toBe('warning');
    // (prosecutors and poverty named are no harm foretold)
    expect(label('He said he would co-operate fully with the prosecutors in the case.')).toBe('assertion');
    expect(label('Ministers had to be sure councils could deliver without unreasonable council tax increases, he added.')).toBe('assertion');
  });
});

describe('classify: a consequence made to hang on a condition', () => {
  const label = (t: string) => extract(t).claims[0]?.label;
  it('reads "unless" with a modal of what follows as a warning, and "can lead to" like "could lead to"', () => {
    expect(label('"Unless we get that, the Liberal Democrats will vote against this measure," Mr Oaten said.')).toBe('warning');
    expect(label('The firm said total debts will increase to 134.7m euros by 2006 unless a restructuring plan is pushed through.')).toBe('warning');
    expect(label('He said talks would not resume unless Glazer came up with definitive proposals.')).toBe('warning');
    expect(label('"Bad habits can lead to a whole host of problems," he said.')).toBe('warning');
  });
  it('leaves a condition with no consequence foretold an assertion', () => {
    expect(label('"I do not think we need to cut unless the prices are falling below $35 a barrel," he said.')).toBe('assertion');
    expect(label('"You don\'t get to the premiership unless you have a streak of determination," he said.')).toBe('assertion');
  });
});

describe('classify: missing grounds, exaggeration and a possible result', () => {
  const label = (t: string) => extract(t).claims[0]?.label;
  it('reads evidence or research found missing, "exaggerated", "overblown" and "laughable" as denials', () => {
    expect(label('Academics point out that there has not been any definitive research linking the games with violence.')).toBe('denial');
    expect(label('The bishop said there was a lack of evidence to back up its claims.')).toBe('denial');
    expect(label('"The evidence on media violence is wildly exaggerated," he said.')).toBe('denial');
    expect(label('He said the rivalry between the two firms is overblown.')).toBe('denial');
    // (a description is no denial)
    expect(label('He said, using an exaggerated Southern accent, that he agreed.')).toBe('assertion');
  });
  it('reads "could result in" as a warning', () => {
    expect(label('Critics said liberalisation could result in companies shifting staff abroad.')).toBe('warning');
  });
});

describe('classify: an accusation answered by negating the wrongdoing', () => {
  const label = (t: string) => extract(t).claims[0]?.label;
  it('reads "not racist", "not criminally responsible", "had not meant to discriminate", "would not mislead" as denials', () => {
    expect(label('The mayor said his comments may have been offensive but were not racist.')).toBe('denial');
    expect(label('"He is not criminally responsible," his lawyer said.')).toBe('denial');
    expect(label('The department said it had not meant to discriminate against anyone.')).toBe('denial');
    expect(label('A spokesman said that the campaign would not mislead voters.')).toBe('denial');
    expect(label('"I\'m not a racist," the coach said.')).toBe('denial');
  });
  it('reads an idea or a demand rejected as needless, "no reason to", and "not fair to blame" as denials', () => {
    expect(label('The former inspector has said there is no need for such a "massive upheaval".')).toBe('denial');
    expect(label('The cartel said it saw no reason to cut its output.')).toBe('denial');
    expect(label('He said it was not fair to blame the public for the low turnout.')).toBe('denial');
    expect(label('"It is not right to say that young people do not care," a spokesman said.')).toBe('denial');
  });
  it('reads a forecast called too optimistic and a refusal to apologise as denials', () => {
    expect(label('The accountants said the chancellor\'s forecasts for tax revenues were too optimistic.')).toBe('denial');
    expect(label('The former coach says he will not apologise for making the allegations.')).toBe('denial');
    // (a bid said to undervalue the firm is rejected; a currency undervalued is no bid)
    expect(label('The exchange said the bid undervalued the business.')).toBe('denial');
    expect(label('Manufacturers say China has undervalued the yuan by as much as 40%.')).toBe('assertion');
  });
  it('leaves a negation of something else, an intensifier and a describing adjective assertions', () => {
    expect(label('The party said the leader has no qualms about lying to voters.')).toBe('assertion');
    expect(label('"He is not only a racist but a bully," the activist said.')).toBe('assertion');
    expect(label('The paper said the donor had no corrupt relationship with the candidate.')).toBe('assertion');
    expect(label('The governor said they do not want to be discriminated against.')).toBe('assertion');
  });
});

describe('classify: the lead-word index of content phrases', () => {
  const lex = compileLexicon(loadPipeline('news'));
  // texts that exercise phrases, prefix leads (misrepresent*), constructions and openings
  const texts = [
    'the report misrepresented our position and we reject it',
    'no, that is simply not true',
    'this could lead to job losses and will put lives at risk',
    'the plan poses a serious risk to the economy',
    'there is not one iota of truth in these claims',
    'prices will fall next year , the bank said',
  ].map(labelText);

  it('offers every phrase that a scan of the whole text matches, with the offset it matches at', () => {
    let matched = 0;
    for (const text of texts) {
      const offered = new Map(lex.phraseIndex.candidates(text).map((c) => [c.phrase, c.starts]));
      for (const p of lex.contentPhrases) {
        p.re.lastIndex = 0;
        const m = p.re.exec(text);
        if (!m) continue;
        matched++;
        expect(offered.has(p), `${p.phrase} in "${text}"`).toBe(true);
        const starts = offered.get(p);
        if (starts) expect(starts).toContain(m.index);
      }
    }
    expect(matched).toBeGreaterThan(6);
  });

  it('offers a phrase only where one of its lead words stands', () => {
    const text = labelText('Prices rose by 3% in March, the weather was sunny and the team won.');
    const offered = lex.phraseIndex.candidates(text);
    // a lead word stands at `at`: the word (or, for a prefix lead, its start) and no letter or digit before it
    const wordAt = (at: number, word: string, prefix: boolean) =>
      text.startsWith(word, at) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && (prefix || !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ''));
    expect(offered.map((c) => c.phrase.phrase)).toEqual(['was exaggerated', 'was false', 'in trouble', 'problem … grows']);
    for (const c of offered) {
      const leads = c.phrase.leads ?? [];
      expect(c.starts?.every((at) => leads.some((l) => wordAt(at, l.word, l.prefix)))).toBe(true);
    }
  });
});
