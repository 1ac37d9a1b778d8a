using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>Builds the <see cref="VictimPhrase"/> values the readers return.</summary>
internal static class VictimPhrases
{
    public static VictimPhrase Single(int first, Mention mention) => new()
    {
        Count = 1,
        Qualifier = CasualtyQualifier.Exact,
        Mention = mention,
        First = first,
        End = first + 1,
        NameToken = -1,
    };

    public static VictimPhrase Shooter(int first)
    {
        VictimPhrase victims = Single(first, Mention.Definite);
        victims.IsShooter = true;
        return victims;
    }

    public static VictimPhrase Counted(Quantity q, int first, int end) => new()
    {
        Count = q.Value,
        Qualifier = q.Qualifier,
        Mention = Mention.Counted,
        First = first,
        End = end,
        NameToken = -1,
    };
}
