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
    /// <c>[first, end)</c> (widened to the victims). Creates the list on the first figure.
    /// </summary>
    public void Add(CasualtyKind kind, bool shot, VictimPhrase victims, int first, int end, bool toll = false, bool notObject = false)
    {
        bool isObject = victims.First > first && !notObject;
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

        Figures ??= new List<RawFigure>();
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
}
