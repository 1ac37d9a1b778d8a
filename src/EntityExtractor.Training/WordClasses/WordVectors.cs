namespace EntityExtractor.Training.WordClasses;

/// <summary>Words in frequency order and their vectors, stored row by row in one flat array.</summary>
internal sealed class WordVectors
{
    private readonly float[] _values;

    /// <summary>Creates the table; <paramref name="values"/> holds <c>words.Count × dimensions</c> numbers.</summary>
    public WordVectors(IReadOnlyList<string> words, float[] values, int dimensions, int vocabularySize)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (values.Length != words.Count * dimensions)
        {
            throw new ArgumentException($"Expected {words.Count} × {dimensions} values, got {values.Length}.", nameof(values));
        }

        Words = words;
        _values = values;
        Dimensions = dimensions;
        VocabularySize = vocabularySize;
    }

    /// <summary>The words, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The number of components per vector.</summary>
    public int Dimensions { get; }

    /// <summary>The size of the whole vocabulary in the file (of which <see cref="Words"/> are the first).</summary>
    public int VocabularySize { get; }

    /// <summary>The number of words kept.</summary>
    public int Count => Words.Count;

    /// <summary>The vector of the word at <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> this[int index] => _values.AsSpan(index * Dimensions, Dimensions);

    /// <summary>A copy of the vector at <paramref name="index"/> scaled to unit length (all zeros stays zeros).</summary>
    public float[] UnitVector(int index)
    {
        ReadOnlySpan<float> vector = this[index];
        float[] unit = vector.ToArray();
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (norm > 0f)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(unit, norm, unit);
        }

        return unit;
    }
}
