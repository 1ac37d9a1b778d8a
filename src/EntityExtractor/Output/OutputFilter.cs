namespace EntityExtractor.Output;

/// <summary>
/// Keeps what the caller asked for (<see cref="NewsEntityExtractorOptions.EntityTypes"/>,
/// <see cref="NewsEntityExtractorOptions.MinimumScore"/>, <see cref="NewsEntityExtractorOptions.CasualtyKinds"/>)
/// and hands the lists back untouched, without a copy, when nothing is left out.
/// </summary>
internal sealed class OutputFilter
{
    private readonly NewsEntityExtractorOptions _options;
    private readonly bool _everyEntityType;
    private readonly bool _everyCasualtyKind;

    public OutputFilter(NewsEntityExtractorOptions options)
    {
        _options = options;
        // The recognizer builds miscellaneous names only when they are asked for, so every entity it returns is
        // wanted when the three main types are: the default options filter nothing and copy no list.
        _everyEntityType = options.EntityTypes.IsSupersetOf([EntityType.Person, EntityType.Organization, EntityType.Location]);
        _everyCasualtyKind = Enum.GetValues<CasualtyKind>().All(options.CasualtyKinds.Contains);
    }

    /// <summary>The entities of a requested type scored at least the minimum.</summary>
    public IReadOnlyList<Entity> Select(IReadOnlyList<Entity> entities)
    {
        if (_everyEntityType && _options.MinimumScore == 0)
        {
            return entities;
        }

        return Keep(entities, entity => _options.EntityTypes.Contains(entity.Type) && entity.Score >= _options.MinimumScore);
    }

    /// <summary>The figures of a requested kind.</summary>
    public IReadOnlyList<CasualtyFigure> Select(IReadOnlyList<CasualtyFigure> figures) =>
        _everyCasualtyKind ? figures : Keep(figures, figure => _options.CasualtyKinds.Contains(figure.Kind));

    /// <summary>The summary with the totals of kinds not requested taken out.</summary>
    public CasualtySummary Select(CasualtySummary summary) => _everyCasualtyKind
        ? summary
        : summary with
        {
            Killed = Only(CasualtyKind.Killed, summary.Killed),
            Wounded = Only(CasualtyKind.Wounded, summary.Wounded),
            Missing = Only(CasualtyKind.Missing, summary.Missing),
            Kidnapped = Only(CasualtyKind.Kidnapped, summary.Kidnapped),
        };

    private int? Only(CasualtyKind kind, int? total) => _options.CasualtyKinds.Contains(kind) ? total : null;

    private static List<T> Keep<T>(IReadOnlyList<T> items, Func<T, bool> wanted)
    {
        var kept = new List<T>(items.Count);
        foreach (T item in items)
        {
            if (wanted(item))
            {
                kept.Add(item);
            }
        }

        return kept;
    }
}
