using EntityExtractor.Text;

namespace EntityExtractor.Tokenization;

/// <summary>How an abbreviation that keeps its period behaves at a possible sentence end.</summary>
internal enum AbbreviationRole : byte
{
    /// <summary>Not an abbreviation.</summary>
    None = 0,

    /// <summary>A title or word that always precedes something (<c>Dr.</c>, <c>Gen.</c>, <c>Oct.</c>, <c>No.</c>): never ends a sentence.</summary>
    Prefix,

    /// <summary>An abbreviation that can close a sentence (<c>Inc.</c>, <c>Jr.</c>, <c>Calif.</c>, <c>etc.</c>).</summary>
    Terminal,
}

/// <summary>The abbreviations news text writes with a period, which the tokenizer keeps whole.</summary>
internal static class Abbreviations
{
    private static readonly SpanDictionary<AbbreviationRole> Known = Build();

    private static SpanDictionary<AbbreviationRole> Build()
    {
        string[] prefixes =
        [
            // Titles and ranks (AP style).
            "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
            "Spc", "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt",
            "Insp", "Det", "Ofc", "Atty", "Amb", "Sec", "Fr", "Sr", "Sra", "Mme", "Mlle", "Mt", "Ft", "St", "Ste",
            "Sheikh", "Dep", "Asst", "Lieut", "Cmdt", "Sgts", "Gens", "Drs", "Pfc", "Chmn", "Supt",
            // Months and days.
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            // Words that precede a number or name.
            "No", "Nos", "Vol", "Fig", "Art", "Sec", "Ch", "Op", "Pp", "vs", "v", "cf", "approx", "ca", "Rte", "Hwy",
        ];
        string[] terminals =
        [
            "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Jr", "Sr", "Esq", "etc", "al", "Ave",
            "Blvd", "Rd", "Ln", "Dr", "Pl", "Ct", "Cir", "Pkwy", "Sq", "est", "mph", "Govt",
            // US states as AP writes them.
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn",
            "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
        ];

        // Place-name prefixes as all-caps datelines write them ("ST. LOUIS", "FT. WORTH"); other all-caps words
        // stay words, since a headline's "NO." or "US." can end a sentence.
        string[] allCapsPrefixes = ["ST", "STE", "MT", "FT"];

        var known = new SpanDictionary<AbbreviationRole>(prefixes.Length + terminals.Length + allCapsPrefixes.Length);
        foreach (string word in allCapsPrefixes)
        {
            known.Set(word, AbbreviationRole.Prefix);
        }

        foreach (string word in terminals)
        {
            known.Set(word, AbbreviationRole.Terminal);
        }

        foreach (string word in prefixes)
        {
            known.TryAdd(word, AbbreviationRole.Prefix);
        }

        return known;
    }

    /// <summary>The role of <paramref name="word"/> (without its period) when it is followed by a period.</summary>
    public static AbbreviationRole Lookup(ReadOnlySpan<char> word) =>
        Known.TryGetValue(word, out var role) ? role : AbbreviationRole.None;
}
