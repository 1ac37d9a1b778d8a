using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// The changes the incident model weighs, and what each does to the summary: a change is scored on the features of
/// its figure and on how it moves the killed and wounded totals (up, down, by one or more, to none). Only changes
/// that move a total are weighed, at most two a figure for the first <see cref="MaxFigures"/> figures, so the cost
/// stays linear in the number of figures; an article with more than <see cref="MaxArticleFigures"/> keeps the rules' reading.
/// </summary>
internal static class IncidentChanges
{
    /// <summary>How many kinds of change there are (<see cref="IncidentChange"/>).</summary>
    public const int Kinds = 4;

    /// <summary>The most changes that apply to one figure.</summary>
    public const int MaxCandidates = 2;

    /// <summary>Features of how a change moves the totals.</summary>
    public const int DeltaCount = 8;

    /// <summary>Features a change: its figure's, then its effect's.</summary>
    public const int Dimension = IncidentFeatures.Count + DeltaCount;

    /// <summary>Only the first figures are weighed for a change.</summary>
    public const int MaxFigures = 48;

    /// <summary>Articles with more figures keep the rules' reading (a bound on the cost of very long texts).</summary>
    public const int MaxArticleFigures = 400;

    /// <summary>
    /// The changes that apply to a figure: its background flag unless it is a death toll, and its newness when it tells
    /// of one victim not marked as added by the text ("another man", "was also shot"). The training articles all
    /// report casualties, so what the text marks as added, a toll, and a summary with no total are left to the rules.
    /// </summary>
    public static int Candidates(in RawFigure figure, ReadOnlySpan<float> row, Span<IncidentChange> into)
    {
        if (figure.Kind == CasualtyKind.Arrested)
        {
            return 0;
        }

        int count = 0;
        if (!figure.IsToll)
        {
            into[count++] = figure.IsBackground ? IncidentChange.ToLead : IncidentChange.ToBackground;
        }

        if (row[(int)IncidentFeature.SingleVictim] != 0 && figure.Victims.Mention != Mention.Additive && !figure.Victims.Also)
        {
            into[count++] = row[(int)IncidentFeature.RuleNew] != 0 ? IncidentChange.ToRestated : IncidentChange.ToNew;
        }

        return count;
    }

    /// <summary>The figure with <paramref name="change"/> made.</summary>
    public static RawFigure Apply(RawFigure figure, IncidentChange change)
    {
        switch (change)
        {
            case IncidentChange.ToBackground:
                figure.IsBackground = true;
                break;
            case IncidentChange.ToLead:
                figure.IsBackground = false;
                break;
            case IncidentChange.ToNew:
                figure.Victims.Mention = Mention.Additive;
                break;
            default:
                figure.Victims.Mention = Mention.Definite;
                break;
        }

        return figure;
    }

    /// <summary>The summary of <paramref name="figures"/> with one change made to figure <paramref name="index"/> (the list is left as it was).</summary>
    public static CasualtySummary SummarizeWith(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RawFigure> figures, int index, IncidentChange change)
    {
        RawFigure original = figures[index];
        figures[index] = Apply(original, change);
        CasualtySummary summary = CasualtySummarizer.Summarize(text, tokens, figures);
        figures[index] = original;
        return summary;
    }

    /// <summary>Writes how the totals move from <paramref name="before"/> to <paramref name="after"/>; false when neither killed nor wounded moves, or when there was none.</summary>
    public static bool Delta(CasualtySummary before, CasualtySummary after, Span<float> delta)
    {
        int killedBefore = before.Killed ?? 0, killedAfter = after.Killed ?? 0;
        int woundedBefore = before.Wounded ?? 0, woundedAfter = after.Wounded ?? 0;
        delta.Clear();
        if ((killedBefore == killedAfter && woundedBefore == woundedAfter) || (before.Killed is null && before.Wounded is null))
        {
            return false;
        }

        int largest = Math.Max(Math.Abs(killedAfter - killedBefore), Math.Abs(woundedAfter - woundedBefore));
        delta[0] = killedAfter > killedBefore ? 1 : 0;
        delta[1] = killedAfter < killedBefore ? 1 : 0;
        delta[2] = woundedAfter > woundedBefore ? 1 : 0;
        delta[3] = woundedAfter < woundedBefore ? 1 : 0;
        delta[4] = largest == 1 ? 1 : 0;
        delta[5] = largest > 1 ? 1 : 0;
        delta[6] = killedAfter == 0 && killedBefore > 0 ? 1 : 0;
        delta[7] = woundedAfter == 0 && woundedBefore > 0 ? 1 : 0;
        return true;
    }
}
