using System.Runtime.InteropServices;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties;

/// <summary>
/// Adds up the figures of the lead event into a <see cref="CasualtySummary"/> without counting a victim twice.
/// Rules: background figures are left out; within one sentence, figures of one kind about different victims add
/// up ("left one in critical condition and wounded two others" = 3); across sentences a restated count is
/// taken once (the largest), a new person ("a man", "another woman", "a second victim", "was also shot") adds
/// one, and re-mentions ("the victim", "he") never add. Named victims count once each by surname. A death toll
/// supersedes earlier killed figures. "Shot" with no stated outcome counts as wounded: wounded = max(wounded
/// stated, shot − killed). A shooter's suicide adds one killed.
/// </summary>
internal static partial class CasualtySummarizer
{
    /// <summary>How far above the lede's largest count a later count may go before it is taken for a round-up.</summary>
    private const int RoundUpMargin = 5;

    /// <summary>
    /// Computes once the hashes the summary compares figures by (description, head noun, surname), so that the up to
    /// 97 summaries the incident model makes of one article do not hash the same words again.
    /// </summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RawFigure> figures)
    {
        foreach (ref RawFigure figure in CollectionsMarshal.AsSpan(figures))
        {
            ComputeKeys(text, tokens, ref figure);
        }
    }

    private static void ComputeKeys(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref RawFigure figure)
    {
        bool described = figure.Victims.HasDescription;
        figure.DescriptionKey = described ? Hash(text[tokens[figure.Victims.DescriptionFirst].Start..tokens[figure.Victims.DescriptionEnd - 1].End]) : 0;
        figure.HeadKey = described ? Hash(tokens[figure.Victims.DescriptionEnd - 1].GetText(text)) : 0;
        figure.NameKey = figure.Victims.NameToken >= 0 && figure.Victims.NameToken < tokens.Length ? Hash(tokens[figure.Victims.NameToken].GetText(text)) : 0;
        figure.KeysReady = true;
    }

    /// <summary>Which hash of a figure <see cref="KeyOf"/> gives.</summary>
    private enum Key
    {
        Description,
        Head,
        Name,
    }

    /// <summary>A hash of <paramref name="figure"/>, from <see cref="Prepare"/> or computed now for a figure made elsewhere.</summary>
    private static int KeyOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in RawFigure figure, Key key)
    {
        if (figure.KeysReady)
        {
            return Select(figure, key);
        }

        RawFigure keyed = figure;
        ComputeKeys(text, tokens, ref keyed);
        return Select(keyed, key);

        static int Select(in RawFigure f, Key key) => key switch
        {
            Key.Description => f.DescriptionKey,
            Key.Head => f.HeadKey,
            _ => f.NameKey,
        };
    }

    public static CasualtySummary Summarize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RawFigure> figures)
    {
        var killed = new Tally();
        var wounded = new Tally();
        var shot = new Tally();
        var survived = new Tally();
        var missing = new Tally();
        var kidnapped = new Tally();
        bool shooterKilled = false;
        int fromWounded = 0;
        int survivingKin = 0;
        int sentence = -1;
        int shotInSentence = 0;
        bool killedInSentence = false;
        int previousSentence = -1;
        bool previousWasWounded = false;
        bool previousWasShot = false;
        int lastAdditiveWounded = -1;

        // The lede: the first sentence with a figure. A later count far above it belongs to a round-up of other
        // events ("more than 3,000 people have been shot in the city"), not to the lead event.
        int ledeSentence = -1;
        int ledeMax = 0;
        foreach (RawFigure figure in figures)
        {
            if (figure.IsBackground || figure.Kind == CasualtyKind.Arrested)
            {
                continue;
            }

            if (ledeSentence < 0)
            {
                ledeSentence = figure.SentenceIndex;
            }

            if (figure.SentenceIndex != ledeSentence)
            {
                break;
            }

            ledeMax = Math.Max(ledeMax, figure.Victims.Count);
        }

        int roundUp = Math.Max(2 * ledeMax, ledeMax + RoundUpMargin);

        // Given names of named victims ("Ibran Hollis"), so that a later "Ibran" is Hollis, not another victim.
        var givenNames = new NameMap();
        foreach (RawFigure figure in figures)
        {
            if (!figure.IsBackground && figure.Victims.Mention == Mention.Named && figure.Victims.NameToken >= 0)
            {
                int surname = KeyOf(text, tokens, figure, Key.Name);
                for (int k = figure.Victims.NameToken - 1; k >= Math.Max(figure.First, figure.Victims.NameToken - 3) && IsCapitalizedWord(tokens[k]); k--)
                {
                    givenNames.Add(Hash(tokens[k].GetText(text)), surname);
                }
            }
        }

        // Named victims who died: a "Smith was wounded" about one of them is not another wounded person. And whether
        // the attacker's own death is told ("killed himself", "officers shot him dead"): then "shot himself" is him.
        var deadNames = new KeySet();
        bool attackerDied = false;
        foreach (RawFigure figure in figures)
        {
            if (figure.IsBackground || figure.Kind != CasualtyKind.Killed)
            {
                continue;
            }

            attackerDied |= figure.Victims.IsShooter;
            if (figure.Victims.Mention == Mention.Named && figure.Victims.NameToken >= 0)
            {
                deadNames.Add(NameKey(text, tokens, figure, givenNames));
            }
        }

        // Head nouns of the dead ("a 14-year-old boy was shot to death"): "the boy was shot in the buttocks" is him.
        // Built on first use: most articles never ask.
        var deadHeads = new KeySet();
        bool deadHeadsBuilt = false;

        foreach (RawFigure figure in figures)
        {
            if (figure.IsBackground || figure.Kind == CasualtyKind.Arrested)
            {
                continue;
            }

            if (figure.Victims.Count > roundUp && !figure.IsToll && figure.SentenceIndex != ledeSentence)
            {
                continue;
            }

            if (figure.SentenceIndex != sentence)
            {
                // A tally with no figure yet has nothing to flush (most articles tell of no missing or kidnapped).
                killed.Flush();
                wounded.Flush();
                shot.Flush();
                FlushIfSeen(ref survived);
                FlushIfSeen(ref missing);
                FlushIfSeen(ref kidnapped);
                sentence = figure.SentenceIndex;
                shotInSentence = 0;
                killedInSentence = false;
            }

            if (figure.Victims.IsShooter && figure.Kind == CasualtyKind.Killed && !figure.IsShot)
            {
                shooterKilled = true;
                continue;
            }

            if (attackerDied && figure.Kind == CasualtyKind.Wounded && figure.Victims.IsShooter)
            {
                // "He shot himself … killed himself": the dead attacker, not a survivor.
                continue;
            }

            bool killedBefore = killed.Seen;
            ref Tally tally = ref killed;
            switch (figure.Kind)
            {
                case CasualtyKind.Killed:
                    break;
                case CasualtyKind.Wounded when figure.IsShot:
                    tally = ref shot;
                    break;
                case CasualtyKind.Wounded when figure.Victims.Mention == Mention.Definite && killedBefore && figure.Victims.Count == 1
                    && figure.Victims.HasDescription
                    && IsDeadHead(text, tokens, figures, figure, ref deadHeads, ref deadHeadsBuilt):
                    // "An 18-month-old boy was shot … and died … the 18-month-old wounded": the dead, told of again.
                    tally = ref shot;
                    break;
                case CasualtyKind.Wounded when figure.Victims.Mention == Mention.Definite && killedInSentence && figure.Victims.Count == 1
                    && !figure.Victims.HasDescription && figure.Victims.NameToken < 0:
                    // "A girl has died after she was wounded": the dead, told of again by a pronoun.
                    tally = ref shot;
                    break;
                case CasualtyKind.Wounded when figure.Victims.Mention == Mention.Additive && !wounded.Seen && !wounded.SeenInSentence && shot.Seen:
                    // "Two people were shot. Two more were injured": more than those shot, who were counted as shot.
                    tally = ref shot;
                    break;
                case CasualtyKind.Wounded:
                    tally = ref wounded;
                    break;
                case CasualtyKind.Missing:
                    tally = ref missing;
                    break;
                default:
                    tally = ref kidnapped;
                    break;
            }

            if (figure.Kind == CasualtyKind.Wounded && figure.Victims.Mention == Mention.Named && figure.Victims.NameToken >= 0
                && deadNames.Contains(NameKey(text, tokens, figure, givenNames)))
            {
                continue;
            }

            if (figure.Kind == CasualtyKind.Wounded && figure.Victims.Mention == Mention.Additive)
            {
                if (figure.Victims.First == lastAdditiveWounded)
                {
                    // One added person read by two triggers ("another man who was hospitalized with wounds"), shot or not.
                    continue;
                }

                lastAdditiveWounded = figure.Victims.First;
            }

            if (figure.IsToll)
            {
                tally.Toll(figure.Victims.Count);
                continue;
            }

            if (figure.Victims.FromWounded && figure.Kind == CasualtyKind.Killed)
            {
                // "one of the wounded died": one more dead (unless a toll in the sentence already counts him), one fewer wounded.
                fromWounded = CasualtyCount.Add(fromWounded, figure.Victims.Count);
                killed.AddFromWounded(figure.Victims.Count);
                continue;
            }

            int name = figure.Victims.Mention == Mention.Named && figure.Victims.NameToken >= 0 ? NameKey(text, tokens, figure, givenNames) : 0;
            int description = KeyOf(text, tokens, figure, Key.Description);
            if (figure.Kind == CasualtyKind.Wounded && !figure.IsShot && figure.Victims.Others && !wounded.SeenInSentence && shotInSentence > 0
                && !killedInSentence)
            {
                // "left one in critical condition and wounded two others": the others add to the one. After the dead
                // ("a quadruple shooting left two men dead and two others injured") they are others than the dead.
                RawFigure earlier = figure;
                earlier.Victims.Count = shotInSentence;
                earlier.Victims.Others = false;
                earlier.First = -1;
                wounded.Add(earlier, 0, 0);
            }

            if (figure.Kind == CasualtyKind.Wounded && figure.IsShot && !figure.Victims.Others)
            {
                shotInSentence = CasualtyCount.Add(shotInSentence, figure.Victims.Count);
            }

            killedInSentence |= figure.Kind == CasualtyKind.Killed;
            bool othersAfterWounded = figure.Kind == CasualtyKind.Wounded && figure.Victims.Mention == Mention.Counted && figure.Victims.Others
                && previousSentence >= 0 && previousSentence < figure.SentenceIndex && previousWasWounded && previousWasShot == figure.IsShot
                && tally.Total == 1 && killed.Total == 0;
            previousSentence = figure.SentenceIndex;
            previousWasWounded = figure.Kind == CasualtyKind.Wounded;
            previousWasShot = figure.IsShot;
            if (othersAfterWounded)
            {
                // "A man was seriously hurt. … Three other people were treated for gunshot wounds": others than the
                // wounded just told of, so they add (after the dead, "three others" are others than the dead).
                tally.AddOthers(figure.Victims.Count);
                continue;
            }

            if (figure.Kind == CasualtyKind.Wounded && !figure.IsShot && figure.Victims.Mention == Mention.Ordinal && killed.Pending > 0)
            {
                // "Two guards were killed and a third was wounded": the third of all victims, the first wounded.
                RawFigure place = figure;
                place.Victims.Ordinal = Math.Max(1, figure.Victims.Ordinal - killed.Pending);
                tally.Add(place, name, description);
                continue;
            }

            if (figure.Kind == CasualtyKind.Killed && !figure.IsObject && NamesChildren(text, tokens, figure))
            {
                // "Both boys were dead … took his own life": children killed do not include the shooter.
                RawFigure children = figure;
                children.IsObject = true;
                tally.Add(children, name, description);
                continue;
            }

            if (figure.Kind == CasualtyKind.Wounded && figure.IsShot && killedInSentence && IsKinJoinedByAnd(text, tokens, figure))
            {
                // "A man was stabbed to death and his wife critically injured": someone other than the dead, so at
                // least one survivor however the shot are set against the killed.
                survivingKin = CasualtyCount.Add(survivingKin, figure.Victims.Count);
            }

            if (figure.Kind == CasualtyKind.Wounded && figure.IsShot && figure.Victims.Survives
                && (!figure.Victims.HasDescription || !IsDeadHead(text, tokens, figures, figure, ref deadHeads, ref deadHeadsBuilt)))
            {
                // "The driver was shot in the arm": a survivor, whoever else died ("a third victim … shot in the arm" is one).
                RawFigure survivor = figure;
                survivor.Victims.Mention = figure.Victims.Mention == Mention.Ordinal ? Mention.Indefinite : figure.Victims.Mention;
                survived.Add(survivor, name, description);
            }

            tally.Add(figure, name, description);
        }

        killed.Flush();
        wounded.Flush();
        shot.Flush();
        survived.Flush();
        missing.Flush();
        kidnapped.Flush();

        int? killedTotal = killed.Seen ? killed.Total : null;
        if (shooterKilled && (!killed.Seen || killed.LargestFromObject))
        {
            killedTotal = CasualtyCount.Add(killedTotal ?? 0, 1);
        }

        int? woundedTotal = wounded.Seen ? wounded.Total : null;
        if (woundedTotal is int stillWounded && fromWounded > 0)
        {
            // Those of the wounded who died are counted once, among the dead.
            woundedTotal = Math.Max(0, stillWounded - fromWounded);
        }

        if (shot.Seen)
        {
            // People shot "also" / "another" / "two other men" are others than those killed; the rest may include the
            // dead (those "of the wounded" who died among them: "Four were shot … one of the wounded died" = 3 wounded).
            int added = Math.Min(Math.Max(shot.Added, shot.Distinct), shot.Total);
            int survivors = Math.Max(0, shot.Total - added - (killed.Seen ? killed.Total : 0)) + added;
            woundedTotal = Math.Max(woundedTotal ?? 0, Math.Max(survivors, Math.Min(Math.Max(survivingKin, survived.Total), shot.Total)));
        }

        return new CasualtySummary(killedTotal, woundedTotal, missing.Seen ? missing.Total : null, kidnapped.Seen ? kidnapped.Total : null);
    }

    private static void FlushIfSeen(ref Tally tally)
    {
        if (tally.Seen)
        {
            tally.Flush();
        }
    }

    /// <summary>Whether the head noun of <paramref name="figure"/>'s description is that of someone who died in the lead event.</summary>
    private static bool IsDeadHead(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RawFigure> figures, in RawFigure figure, ref KeySet deadHeads, ref bool built)
    {
        if (!built)
        {
            built = true;
            foreach (RawFigure dead in figures)
            {
                if (!dead.IsBackground && dead.Kind == CasualtyKind.Killed && dead.Victims.HasDescription)
                {
                    deadHeads.Add(KeyOf(text, tokens, dead, Key.Head));
                }
            }
        }

        return deadHeads.Contains(KeyOf(text, tokens, figure, Key.Head));
    }

    /// <summary>
    /// One person told of by a possessive right after "and" ("… was killed and his wife critically injured"): in a
    /// sentence that has told of the dead, someone else. (Any possessive mention measured worse: "their sister, died"
    /// and later re-mentions are the same people.)
    /// </summary>
    private static bool IsKinJoinedByAnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in RawFigure figure)
    {
        int first = figure.Victims.First;
        return figure.Victims.Count <= 2 && figure.Victims.Mention == Mention.Definite && first > 1 && first < tokens.Length
            && tokens[first].GetText(text) is "his" or "her" or "their"
            && (tokens[first - 1].GetText(text) is "and"
                || (figure.IsObject && first == figure.First + 1 && tokens[first - 2].GetText(text) is "and"));
    }

    /// <summary>Whether the victims are children ("both boys", "his two daughters"), who do not include an adult shooter.</summary>
    private static bool NamesChildren(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in RawFigure figure)
    {
        if (!figure.Victims.HasDescription)
        {
            return false;
        }

        return CasualtyLexicon.ChildNouns.Contains(tokens[figure.Victims.DescriptionEnd - 1].GetText(text));
    }

    private static bool IsCapitalizedWord(Token token) => token.Kind == TokenKind.Word && token.Has(TokenShape.Capitalized);

    /// <summary>The surname hash of a named victim; a lone given name ("Ibran") maps to the surname it came with.</summary>
    private static int NameKey(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in RawFigure figure, in NameMap givenNames)
    {
        int key = KeyOf(text, tokens, figure, Key.Name);
        bool alone = figure.Victims.NameToken == 0 || !IsCapitalizedWord(tokens[figure.Victims.NameToken - 1]) || figure.Victims.NameToken == figure.First;
        return alone && givenNames.TryGet(key, out int surname) ? surname : key;
    }

    private static int Hash(ReadOnlySpan<char> text) => string.GetHashCode(text, StringComparison.OrdinalIgnoreCase) | 1;
}
