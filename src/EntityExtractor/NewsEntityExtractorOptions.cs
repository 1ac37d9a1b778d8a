using System.Collections.Frozen;

namespace EntityExtractor;

/// <summary>Settings for <see cref="NewsEntityExtractor.Create(NewsEntityExtractorOptions?)"/>. Immutable.</summary>
public sealed record NewsEntityExtractorOptions
{
    /// <summary>The default settings.</summary>
    public static NewsEntityExtractorOptions Default { get; } = new();

    /// <summary>
    /// The entity model to use: <see langword="null"/> (the default) for <see cref="EntityModel.Default"/>, the one
    /// shipped inside the assembly, or a model loaded with <see cref="EntityModel.Load(Stream)"/>.
    /// </summary>
    public EntityModel? Model { get; init; }

    private readonly FrozenDictionary<string, EntityType> _userEntities = FrozenDictionary<string, EntityType>.Empty;

    private readonly int _maxTextLength = int.MaxValue;

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
}
