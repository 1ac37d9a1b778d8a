using System.Runtime.InteropServices;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// One sentence being read for casualty figures: its words, the subject read last (for "they" and for a later verb
/// of the same subject) and the figures found so far. The handlers and readers take it by reference.
/// </summary>
internal ref struct Clause
{
    public Clause(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, int sentenceIndex, List<RawFigure>? figures)
    {
        Words = new ClauseWords(text, tokens, first, end);
        SentenceIndex = sentenceIndex;
        Figures = figures;
        LastSubjectTrigger = -1;
    }

    /// <summary>The sentence's words.</summary>
    public readonly ClauseWords Words;

    /// <summary>The sentence's index in the text.</summary>
    public readonly int SentenceIndex;

    /// <summary>The figures found so far (in this and earlier sentences), or <see langword="null"/> before the first one.</summary>
    public List<RawFigure>? Figures;

    /// <summary>The subject the subject reader read last.</summary>
    public VictimPhrase LastSubject;

    /// <summary>The trigger whose subject <see cref="LastSubject"/> is, or -1.</summary>
    public int LastSubjectTrigger;

    /// <summary>
    /// Adds a figure: <paramref name="victims"/> of <paramref name="kind"/>, stated by the tokens
    /// <c>[first, end)</c> (widened to the victims). Creates the list on the first figure. <paramref name="byAnother"/>
    /// marks victims a passive tells were killed by someone else ("a woman was shot and killed", "four people were shot
    /// dead by a man"), who, like an active verb's object, do not include an attacker who killed himself.
    /// </summary>
    public void Add(CasualtyKind kind, bool shot, VictimPhrase victims, int first, int end, bool toll = false, bool notObject = false, bool byAnother = false)
    {
        bool isObject = (victims.First > first && !notObject) || byAnother;
        if (victims.Count <= 0)
        {
            return;
        }

        first = Math.Max(Words.First, Math.Min(first, victims.First));
        end = Math.Min(Words.End, Math.Max(end, first + 1));
        if (shot && kind == CasualtyKind.Wounded)
        {
            for (int k = victims.First; k < victims.End && k < Words.End; k++)
            {
                if (Words.IsWord(k, "surviving"))
                {
                    // "the three surviving shooting victims": wounded, not among the dead.
                    shot = false;
                    break;
                }
            }
        }

        if (shot && kind == CasualtyKind.Wounded && !victims.IsShooter && (victims.HasDescription || victims.NameToken >= 0)
            && (IsShotInLimb(end) || (end - 1 >= Words.First && Words.IsWord(end - 1, "grazed") && NoDeathAfter(end))))
        {
            // "The driver was shot in the arm": he survived, so he is not among the dead.
            victims.Survives = true;
        }

        if (victims.Mention is Mention.Indefinite or Mention.Named && victims.First > Words.First && victims.First <= Words.First + 2
            && Words.IsWord(Words.First, "also"))
        {
            // "Also, an 8-year-old boy was taken to the hospital with a gunshot injury": one more.
            victims.Mention = Mention.Additive;
            victims.Also = true;
        }

        Figures ??= new List<RawFigure>();
        if (kind == CasualtyKind.Killed && !victims.FromWounded)
        {
            // "A woman was hospitalized and died", "a teen hospitalized after a shooting has died": the wounded told of
            // by the same subject died, so that figure is one of the dead, as "shot" is.
            var figures = CollectionsMarshal.AsSpan(Figures);
            // The last few figures of the sentence only, so that a sentence is read in linear time.
            for (int k = figures.Length - 1; k >= Math.Max(0, figures.Length - 4) && figures[k].SentenceIndex == SentenceIndex; k--)
            {
                if (figures[k].Kind == CasualtyKind.Wounded && figures[k].Victims.First == victims.First && figures[k].Victims.Count == victims.Count)
                {
                    figures[k].IsShot = true;
                }
            }
        }

        Figures.Add(new RawFigure
        {
            Kind = kind,
            IsShot = shot,
            IsToll = toll,
            Victims = victims,
            First = first,
            End = end,
            SentenceIndex = SentenceIndex,
            IsObject = isObject,
        });
    }

    /// <summary>
    /// Whether "in the arm" / "in his left leg" (after "once", "twice", "multiple times") follows token
    /// <paramref name="i"/>, and no death is told later in the sentence ("… in the leg and later died").
    /// </summary>
    private readonly bool IsShotInLimb(int i)
    {
        int k = i;
        if (Words.IsAny(k, "once", "twice"))
        {
            k++;
        }

        if (!Words.IsWord(k, "in") || !Words.IsAny(k + 1, "the", "his", "her", "their", "both"))
        {
            return false;
        }

        k += Words.IsWord(k + 1, "both") ? 1 : 2;
        if (Words.IsIn(k, CasualtyLexicon.LimbSides))
        {
            k++;
        }

        if (!Words.IsIn(k, CasualtyLexicon.Limbs))
        {
            return false;
        }

        return NoDeathAfter(k + 1);
    }

    /// <summary>Whether no death is told in the sentence within a few tokens after <paramref name="i"/> ("… and later died").</summary>
    private readonly bool NoDeathAfter(int i)
    {
        int stop = Math.Min(Words.End, i + 40);
        for (int j = i; j < stop; j++)
        {
            if (CasualtyLexicon.Triggers.TryGetValue(Words.Text(j), out Trigger trigger) && trigger.Kind == CasualtyKind.Killed
                && (trigger.Form != TriggerForm.NotSurvived || Words.IsNegation(j - 1)))
            {
                return false;
            }
        }

        return true;
    }
}
