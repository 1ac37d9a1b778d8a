using EntityExtractor.Recognition;

namespace EntityExtractor;

/// <summary>
/// A trained entity model: the one shipped inside this assembly (<see cref="Default"/>), or one a caller trained
/// with the project's training tool and loads from a stream. Immutable and thread-safe; load it once and give it to
/// <see cref="NewsEntityExtractorOptions.Model"/>. A model that is not intact fails when it is loaded, never later.
/// </summary>
/// <example>
/// <code>
/// await using var file = File.OpenRead("my-entity-model.bin");
/// EntityModel model = await EntityModel.LoadAsync(file);
/// var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { Model = model });
/// </code>
/// </example>
public sealed class EntityModel
{
    /// <summary>The largest model file that is read: 512 MiB, far above any real model (the shipped one is a few MB).</summary>
    public const int MaxLength = 512 * 1024 * 1024;

    private static readonly Lazy<EntityModel> Embedded = new(() => new EntityModel(EmbeddedModel.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private EntityModel(TaggerModel tagger)
    {
        Tagger = tagger;
    }

    /// <summary>The model shipped inside this assembly, read once on first use.</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt (a broken build).</exception>
    public static EntityModel Default => Embedded.Value;

    /// <summary>The size of the model's weight tables: the number of features it kept over both passes.</summary>
    public int FeatureCount => Tagger.FeatureCount;

    internal TaggerModel Tagger { get; }

    /// <summary>Reads a model from <paramref name="stream"/>, to its end.</summary>
    /// <param name="stream">A readable stream positioned at the start of a model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="InvalidDataException">
    /// The data is not an intact model this library reads: another kind of file, another format version, truncated,
    /// padded, failing its checksum, inconsistent, or longer than <see cref="MaxLength"/>. The message says which.
    /// </exception>
    public static EntityModel Load(Stream stream)
    {
        CheckReadable(stream);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(buffer, chunk, read);
        }

        return FromBytes(buffer);
    }

    /// <summary>Reads a model from <paramref name="stream"/>, to its end, without blocking a thread on I/O.</summary>
    /// <param name="stream">A readable stream positioned at the start of a model file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="InvalidDataException">The data is not an intact model this library reads (see <see cref="Load(Stream)"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<EntityModel> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        CheckReadable(stream);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return FromBytes(buffer);
    }

    private static void CheckReadable(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int count)
    {
        if (buffer.Length + count > MaxLength)
        {
            throw new InvalidDataException($"This is not an entity model: it is longer than {MaxLength} bytes.");
        }

        buffer.Write(chunk, 0, count);
    }

    private static EntityModel FromBytes(MemoryStream buffer) =>
        new(TaggerModel.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
}
