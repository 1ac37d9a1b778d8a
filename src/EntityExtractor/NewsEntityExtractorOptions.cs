using System.Collections.Frozen;

namespace EntityExtractor;

/// <summary>Settings for <see cref="NewsEntityExtractor.Create(NewsEntityExtractorOptions?)"/>. Immutable.</summary>
public sealed record NewsEntityExtractorOptions
{
    // Declared before Default, which reads them: static members start in text order.
    private static readonly FrozenSet<EntityType> DefaultEntityTypes =
        FrozenSet.ToFrozenSet([EntityType.Person, EntityType.Organization, EntityType.Location]);

    private static readonly FrozenSet<CasualtyKind> AllCasualtyKinds = FrozenSet.ToFrozenSet(Enum.GetValues<CasualtyKind>());

    /// <summary>The default settings.</summary>
    public static NewsEntityExtractorOptions Default { get; } = new();

    /// <summary>
    /// The entity model to use: <see langword="null"/> (the default) for <see cref="EntityModel.Default"/>, the one
    /// shipped inside the assembly, or a model loaded with <see cref="EntityModel.Load(Stream)"/>.
    /// </summary>
    public EntityModel? Model { get; init; }

    private readonly FrozenDictionary<string, EntityType> _userEntities = FrozenDictionary<string, EntityType>.Empty;
    private readonly int _maxTextLength = int.MaxValue;
    private readonly FrozenSet<EntityType> _entityTypes = DefaultEntityTypes;
    private readonly FrozenSet<CasualtyKind> _casualtyKinds = AllCasualtyKinds;
    private readonly double _minimumScore;

    /// <summary>
    /// The entity types <see cref="ExtractionResult.Entities"/> holds: <see cref="EntityType.Person"/>,
    /// <see cref="EntityType.Organization"/> and <see cref="EntityType.Location"/> by default. The set given is copied
    /// when the options are made; an empty set turns entity output off (casualty figures are still read).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The set holds a value that is not a defined <see cref="EntityType"/>.</exception>
    public IReadOnlySet<EntityType> EntityTypes
    {
        get => _entityTypes;
        init => _entityTypes = FreezeDefined(value);
    }

    /// <summary>
    /// The casualty kinds <see cref="ExtractionResult.Casualties"/> and <see cref="ExtractionResult.Summary"/> report:
    /// every kind by default. A kind left out has no figures and a <see langword="null"/> total in the summary.
    /// The set given is copied when the options are made.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The set holds a value that is not a defined <see cref="CasualtyKind"/>.</exception>
    public IReadOnlySet<CasualtyKind> CasualtyKinds
    {
        get => _casualtyKinds;
        init => _casualtyKinds = FreezeDefined(value);
    }

    /// <summary>
    /// The lowest <see cref="Entity.Score"/> an entity needs to be returned: 0 (every entity) by default. Scores are
    /// calibrated, so 0.8 keeps the entities the model is right about at least about 80% of the time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not within [0, 1].</exception>
    public double MinimumScore
    {
        get => _minimumScore;
        init
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The minimum score is a probability within [0, 1].");
            }

            _minimumScore = value;
        }
    }

    /// <summary>
    /// The longest text, in UTF-16 code units, that <see cref="NewsEntityExtractor.Extract(string)"/> accepts; a longer
    /// one is refused with an <see cref="ArgumentException"/> before any work is done. No limit by default (time
    /// and memory grow linearly with the text); a service that takes text from strangers sets one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public int MaxTextLength
    {
        get => _maxTextLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxTextLength = value;
        }
    }

    /// <summary>
    /// The caller's own names and their types, e.g. <c>"Harakat al-Nujaba" → Organization</c>. They are matched
    /// on whole tokens, ASCII case ignored, longest first, and win over the model (score 1). Empty by default.
    /// The dictionary given is copied when the options are made, so a later change to it changes nothing, and
    /// the copy cannot be written to.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlyDictionary<string, EntityType> UserEntities
    {
        get => _userEntities;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _userEntities = value.ToFrozenDictionary();
        }
    }

    private static FrozenSet<T> FreezeDefined<T>(IReadOnlySet<T> value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (T item in value)
        {
            if (!Enum.IsDefined(item))
            {
                throw new ArgumentException($"{item} is not a defined {typeof(T).Name}.", nameof(value));
            }
        }

        return value.ToFrozenSet();
    }
}
