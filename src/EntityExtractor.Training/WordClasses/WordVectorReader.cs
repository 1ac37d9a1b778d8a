using System.Buffers;
using System.Text.Json;

namespace EntityExtractor.Training.WordClasses;

/// <summary>
/// Streams the most frequent words and their vectors out of a wink-embeddings JSON file
/// (<c>{"dimensions":100,"words":["the",",",…],"vectors":{"the":[v1,…,v100,l2norm,index],…}}</c>) with
/// <see cref="Utf8JsonReader"/> over a refilled buffer, so the 300 MB file is never held in memory whole.
/// </summary>
/// <remarks>
/// The <c>words</c> array is GloVe's vocabulary, which is sorted by corpus frequency ("the", ",", ".", "of",
/// "to", …), so its first <c>maxWords</c> entries are the most frequent words. Each vector array holds
/// <c>dimensions</c> components followed by extra fields (the file stores the L2 norm and the word's index in
/// <c>words</c>); only the first <c>dimensions</c> numbers are read.
/// </remarks>
internal static class WordVectorReader
{
    private const int DefaultBufferSize = 1 << 20;

    /// <summary>Reads the first <paramref name="maxWords"/> words of the vocabulary and their vectors.</summary>
    /// <param name="json">The embeddings file.</param>
    /// <param name="maxWords">How many of the most frequent words to keep.</param>
    /// <param name="bufferSize">The read buffer size in bytes (small values exercise the refill path in tests).</param>
    /// <exception cref="InvalidDataException">The file is not in the expected format.</exception>
    public static WordVectors Read(Stream json, int maxWords, int bufferSize = DefaultBufferSize)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWords);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 16);

        var parser = new Parser(maxWords);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        try
        {
            var state = new JsonReaderState();
            int filled = 0;
            bool final = false;
            while (true)
            {
                while (!final && filled < buffer.Length)
                {
                    int read = json.Read(buffer, filled, buffer.Length - filled);
                    if (read == 0)
                    {
                        final = true;
                    }

                    filled += read;
                }

                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
                try
                {
                    while (reader.Read())
                    {
                        parser.Accept(ref reader);
                    }
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"The word-vector file is not valid JSON: {e.Message}", e);
                }

                if (final)
                {
                    break;
                }

                int consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
                if (consumed == 0)
                {
                    // One token is larger than the buffer: grow it.
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    continue;
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return parser.Finish();
    }

    /// <summary>A token-by-token state machine, so it survives buffer refills between any two tokens.</summary>
    private sealed class Parser(int maxWords)
    {
        private readonly List<string> _words = [];
        private readonly Dictionary<string, int> _rank = new(StringComparer.Ordinal);
        private float[]? _vectors;
        private bool[]? _seen;
        private int _dimensions;
        private string? _property;
        private Section _section;
        private int _currentRank = -1;
        private int _component;
        private int _vocabularySize;

        private enum Section
        {
            Top,
            Words,
            Vectors,
        }

        public void Accept(ref Utf8JsonReader reader)
        {
            switch (_section)
            {
                case Section.Top:
                    AcceptTop(ref reader);
                    break;
                case Section.Words:
                    AcceptWord(ref reader);
                    break;
                case Section.Vectors:
                    AcceptVector(ref reader);
                    break;
            }
        }

        public WordVectors Finish()
        {
            if (_vectors is null || _seen is null)
            {
                throw new InvalidDataException("The word-vector file has no \"vectors\" object after \"dimensions\" and \"words\".");
            }

            // Keep frequency order; drop words that had no vector.
            var words = new List<string>(_words.Count);
            var vectors = new float[_words.Count * _dimensions];
            for (int i = 0; i < _words.Count; i++)
            {
                if (!_seen[i])
                {
                    continue;
                }

                _vectors.AsSpan(i * _dimensions, _dimensions).CopyTo(vectors.AsSpan(words.Count * _dimensions));
                words.Add(_words[i]);
            }

            return new WordVectors(words, vectors.AsMemory(0, words.Count * _dimensions).ToArray(), _dimensions, _vocabularySize);
        }

        private void AcceptTop(ref Utf8JsonReader reader)
        {
            if (reader.CurrentDepth != 1)
            {
                return; // the root object itself, or inside a value we do not use
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    _property = reader.GetString();
                    break;
                case JsonTokenType.Number when _property == "dimensions":
                    _dimensions = reader.TryGetInt32(out int d) && d > 0
                        ? d
                        : throw new InvalidDataException("\"dimensions\" must be a positive whole number.");
                    break;
                case JsonTokenType.StartArray when _property == "words":
                    _section = Section.Words;
                    break;
                case JsonTokenType.StartObject when _property == "vectors":
                    if (_dimensions == 0)
                    {
                        throw new InvalidDataException("\"dimensions\" must come before \"vectors\".");
                    }

                    if (_words.Count == 0)
                    {
                        throw new InvalidDataException("\"words\" (the vocabulary in frequency order) must come before \"vectors\".");
                    }

                    _vectors = new float[_words.Count * _dimensions];
                    _seen = new bool[_words.Count];
                    _section = Section.Vectors;
                    break;
                default:
                    break;
            }
        }

        private void AcceptWord(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 1)
            {
                _section = Section.Top;
                return;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new InvalidDataException($"\"words\" must hold strings only, found {reader.TokenType}.");
            }

            _vocabularySize++;
            if (_words.Count >= maxWords)
            {
                return;
            }

            string word = reader.GetString()!;
            if (_rank.TryAdd(word, _words.Count))
            {
                _words.Add(word);
            }
        }

        private void AcceptVector(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndObject when reader.CurrentDepth == 1:
                    _section = Section.Top;
                    break;
                case JsonTokenType.PropertyName:
                    _currentRank = _rank.TryGetValue(reader.GetString()!, out int rank) ? rank : -1;
                    _component = 0;
                    break;
                case JsonTokenType.Number:
                    if (_currentRank >= 0 && _component < _dimensions)
                    {
                        _vectors![(_currentRank * _dimensions) + _component] = reader.GetSingle();
                    }

                    _component++;
                    break;
                case JsonTokenType.EndArray:
                    if (_currentRank >= 0)
                    {
                        if (_component < _dimensions)
                        {
                            throw new InvalidDataException($"The vector of \"{_words[_currentRank]}\" has {_component} numbers, fewer than the {_dimensions} dimensions.");
                        }

                        _seen![_currentRank] = true;
                    }

                    _currentRank = -1;
                    break;
                case JsonTokenType.StartArray:
                    break;
                default:
                    throw new InvalidDataException($"Unexpected {reader.TokenType} inside \"vectors\".");
            }
        }
    }
}
