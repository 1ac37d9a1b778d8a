namespace EntityExtractor.Recognition;

/// <summary>The tagger model shipped inside the assembly, read once on first use (thread-safe, immutable).</summary>
internal static class EmbeddedModel
{
    public const string ResourceName = "EntityExtractor.entity-model.bin";

    private static readonly Lazy<TaggerModel> Model = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded model.</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt.</exception>
    public static TaggerModel Default => Model.Value;

    /// <summary>The embedded model file's bytes, as the training tool wrote them.</summary>
    /// <exception cref="InvalidDataException">The assembly lacks the resource.</exception>
    public static byte[] ReadBytes() => ModelFiles.ModelEnvelope.ReadResource(ResourceName, "entity model");

    private static TaggerModel Load() => TaggerModel.Read(ReadBytes());
}
