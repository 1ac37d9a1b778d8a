namespace EntityExtractor.Casualties;

/// <summary>What <see cref="CasualtyExtractor"/> found in one text: every figure, and the lead event's totals.</summary>
internal sealed class CasualtyReport
{
    public CasualtyReport(IReadOnlyList<CasualtyFigure> figures, CasualtySummary summary)
    {
        Figures = figures;
        Summary = summary;
    }

    /// <summary>A report with no figure (shared; allocation-free).</summary>
    public static CasualtyReport Empty { get; } = new(Array.Empty<CasualtyFigure>(), CasualtySummary.None);

    /// <summary>Every figure, in text order.</summary>
    public IReadOnlyList<CasualtyFigure> Figures { get; }

    /// <summary>The lead event's totals.</summary>
    public CasualtySummary Summary { get; }
}
