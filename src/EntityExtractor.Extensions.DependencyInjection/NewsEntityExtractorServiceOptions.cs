namespace EntityExtractor.Extensions.DependencyInjection;

/// <summary>
/// The settings <see cref="Microsoft.Extensions.DependencyInjection.NewsEntityExtractorServiceCollectionExtensions.AddNewsEntityExtractor(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{NewsEntityExtractorServiceOptions})"/>
/// configures, in the options pattern's writable form (so configuration can be bound to it). They are turned into an
/// immutable <see cref="NewsEntityExtractorOptions"/> once, when the extractor is first asked for.
/// </summary>
public sealed class NewsEntityExtractorServiceOptions
{
    /// <summary>The caller's own names and their types; see <see cref="NewsEntityExtractorOptions.UserEntities"/>.</summary>
    public IDictionary<string, EntityType> UserEntities { get; } = new Dictionary<string, EntityType>(StringComparer.Ordinal);

    /// <summary>The entity types returned; see <see cref="NewsEntityExtractorOptions.EntityTypes"/>. Person, Organization and Location by default.</summary>
    public ISet<EntityType> EntityTypes { get; } = new HashSet<EntityType>(NewsEntityExtractorOptions.Default.EntityTypes);

    /// <summary>The casualty kinds returned; see <see cref="NewsEntityExtractorOptions.CasualtyKinds"/>. All by default.</summary>
    public ISet<CasualtyKind> CasualtyKinds { get; } = new HashSet<CasualtyKind>(NewsEntityExtractorOptions.Default.CasualtyKinds);

    /// <summary>The lowest score an entity needs; see <see cref="NewsEntityExtractorOptions.MinimumScore"/>. 0 by default.</summary>
    public double MinimumScore { get; set; }

    /// <summary>The longest text accepted; see <see cref="NewsEntityExtractorOptions.MaxTextLength"/>. No limit by default.</summary>
    public int MaxTextLength { get; set; } = int.MaxValue;

    /// <summary>
    /// A model trained with the training project, already loaded with <see cref="EntityModel.Load(Stream)"/>;
    /// <see langword="null"/> (the default) for the model inside the package. Set this or <see cref="ModelPath"/>, not both.
    /// </summary>
    public EntityModel? Model { get; set; }

    /// <summary>
    /// The path of a model file trained with the training project, loaded when the extractor is made;
    /// <see langword="null"/> (the default) for the model inside the package. Set this or <see cref="Model"/>, not both.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>The immutable options these settings describe; a bad value throws as <see cref="NewsEntityExtractorOptions"/> does.</summary>
    internal NewsEntityExtractorOptions ToOptions()
    {
        if (Model is not null && ModelPath is not null)
        {
            throw new InvalidOperationException("Set NewsEntityExtractorServiceOptions.Model or ModelPath, not both.");
        }

        return new NewsEntityExtractorOptions
        {
            UserEntities = new Dictionary<string, EntityType>(UserEntities, StringComparer.Ordinal),
            EntityTypes = new HashSet<EntityType>(EntityTypes),
            CasualtyKinds = new HashSet<CasualtyKind>(CasualtyKinds),
            MinimumScore = MinimumScore,
            MaxTextLength = MaxTextLength,
            Model = Model ?? LoadModel(ModelPath),
        };
    }

    private static EntityModel? LoadModel(string? path)
    {
        if (path is null)
        {
            return null;
        }

        using var file = File.OpenRead(path);
        return EntityModel.Load(file);
    }
}
