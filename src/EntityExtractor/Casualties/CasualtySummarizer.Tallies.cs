using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties;

/// <summary>The small fixed-capacity sets and tallies the summary counts with, kept apart from its rules.</summary>
internal static partial class CasualtySummarizer
{
    /// <summary>A small set of hashes (names, descriptions); beyond its capacity every key counts as new.</summary>
    private struct KeySet
    {
        private int _k0;
        private int _k1;
        private int _k2;
        private int _k3;
        private int _k4;
        private int _k5;

        public int Count { get; private set; }

        /// <summary>Adds <paramref name="key"/>; returns whether it was new.</summary>
        public bool Add(int key)
        {
            if (key == 0)
            {
                Count++;
                return true;
            }

            if (key == _k0 || key == _k1 || key == _k2 || key == _k3 || key == _k4 || key == _k5)
            {
                return false;
            }

            switch (Count)
            {
                case 0: _k0 = key; break;
                case 1: _k1 = key; break;
                case 2: _k2 = key; break;
                case 3: _k3 = key; break;
                case 4: _k4 = key; break;
                case 5: _k5 = key; break;
                default: break;
            }

            Count++;
            return true;
        }

        public readonly bool Contains(int key) =>
            key != 0 && (key == _k0 || key == _k1 || key == _k2 || key == _k3 || key == _k4 || key == _k5);

        public void Clear() => this = default;
    }

    /// <summary>A few given names and the surnames they came with; beyond its capacity further names are ignored.</summary>
    private struct NameMap
    {
        private (int Given, int Surname) _p0;
        private (int Given, int Surname) _p1;
        private (int Given, int Surname) _p2;
        private (int Given, int Surname) _p3;
        private (int Given, int Surname) _p4;
        private (int Given, int Surname) _p5;
        private int _count;

        public void Add(int given, int surname)
        {
            if (given == surname || TryGet(given, out _))
            {
                return;
            }

            switch (_count)
            {
                case 0: _p0 = (given, surname); break;
                case 1: _p1 = (given, surname); break;
                case 2: _p2 = (given, surname); break;
                case 3: _p3 = (given, surname); break;
                case 4: _p4 = (given, surname); break;
                case 5: _p5 = (given, surname); break;
                default: return;
            }

            _count++;
        }

        public readonly bool TryGet(int given, out int surname)
        {
            surname = given == _p0.Given ? _p0.Surname : given == _p1.Given ? _p1.Surname : given == _p2.Given ? _p2.Surname
                : given == _p3.Given ? _p3.Surname : given == _p4.Given ? _p4.Surname : given == _p5.Given ? _p5.Surname : 0;
            return surname != 0;
        }
    }

    /// <summary>The running count of one kind.</summary>
    private struct Tally
    {
        private int _current;
        private int _sentenceCounted;
        private int _sentenceOthers;
        private int _sentenceIndefinite;
        private int _sentenceNamed;
        private int _sentenceDefinite;
        private int _sentenceAdded;
        private int _sentenceOrdinal;
        private bool _sentenceSeen;
        private bool _sentenceToll;
        private int _sentenceLastFirst;
        private bool _groupStated;
        private KeySet _names;
        private KeySet _descriptions;
        private KeySet _sentenceNames;

        public bool Seen { get; private set; }

        /// <summary>Whether a figure of this kind came earlier in the current sentence.</summary>
        public readonly bool SeenInSentence => _sentenceSeen;

        /// <summary>People added with "another", "also", "two more".</summary>
        public int Added { get; private set; }

        /// <summary>The largest count stated as others ("two other men were also shot"): not among the dead.</summary>
        public int Distinct { get; private set; }

        public readonly int Total => Math.Max(_current, _names.Count);

        /// <summary>The total so far, with the current sentence's figures.</summary>
        public readonly int Pending => CasualtyCount.Add(Math.Max(
            Math.Max(_current, _names.Count),
            Math.Max(CasualtyCount.Add(_sentenceCounted, _sentenceOthers), Math.Max(_sentenceIndefinite, Math.Max(_sentenceNamed, _sentenceDefinite)))), _sentenceAdded);

        /// <summary>Whether the largest count so far came from an active verb's object ("killed his wife and two children").</summary>
        public bool LargestFromObject { get; private set; }

        private int _sentenceObjectMax;
        private int _sentenceSubjectMax;

        public void Add(in RawFigure figure, int name, int description)
        {
            Seen = true;
            int count = figure.Victims.Count;
            if (figure.Victims.Mention == Mention.Counted && (figure.Victims.Also || figure.Victims.Others))
            {
                Distinct = Math.Max(Distinct, count);
            }

            if (figure.IsObject)
            {
                _sentenceObjectMax = Math.Max(_sentenceObjectMax, count);
            }
            else
            {
                _sentenceSubjectMax = Math.Max(_sentenceSubjectMax, count);
            }

            switch (figure.Victims.Mention)
            {
                case Mention.Counted when figure.Victims.Others && _sentenceSeen && figure.First != _sentenceLastFirst:
                    // "… and two others": added, unless it is the same phrase read by a second trigger
                    // ("two other men were shot and are in stable condition").
                    _sentenceOthers = CasualtyCount.Add(_sentenceOthers, count);
                    break;
                case Mention.Counted:
                    _sentenceCounted = Math.Max(_sentenceCounted, count);
                    break;
                case Mention.Indefinite:
                    if (_descriptions.Add(description))
                    {
                        _sentenceIndefinite = CasualtyCount.Add(_sentenceIndefinite, count);
                    }
                    else
                    {
                        _sentenceDefinite = Math.Max(_sentenceDefinite, count);
                    }

                    break;
                case Mention.Additive when _sentenceSeen && figure.First == _sentenceLastFirst:
                    // The same phrase read by a second trigger ("another man who was hospitalized with wounds").
                    break;
                case Mention.Additive when _sentenceSeen && count > 1:
                    // "shot a man … and shot three more people": more than those of this sentence, who are four.
                    _sentenceCounted = Math.Max(_sentenceCounted, Math.Max(_sentenceIndefinite, Math.Max(_sentenceNamed, _sentenceDefinite)));
                    _sentenceOthers = CasualtyCount.Add(_sentenceOthers, count);
                    break;
                case Mention.Additive when _groupStated && count == 1:
                    // After "four teenagers were shot", "another 16-year-old who was shot" is one of the four.
                    _sentenceDefinite = Math.Max(_sentenceDefinite, count);
                    break;
                case Mention.Additive:
                    _descriptions.Add(description);
                    _sentenceAdded = CasualtyCount.Add(_sentenceAdded, count);
                    break;
                case Mention.Definite:
                    _sentenceDefinite = Math.Max(_sentenceDefinite, count);
                    break;
                case Mention.Named:
                    if (_sentenceNames.Add(name))
                    {
                        _sentenceNamed++;
                    }

                    _names.Add(name);
                    break;
                case Mention.Ordinal:
                    _sentenceOrdinal = Math.Max(_sentenceOrdinal, figure.Victims.Ordinal);
                    break;
            }

            _sentenceSeen = true;
            _sentenceLastFirst = figure.First;
        }

        public void Toll(int count)
        {
            Flush();
            Seen = true;
            _current = count;
            Added = 0;
            LargestFromObject = false;
            _names.Clear();
            _sentenceToll = true;
        }

        /// <summary>Adds people told of as others than those of the sentence before ("three other people were shot").</summary>
        public void AddOthers(int count)
        {
            Seen = true;
            _sentenceSeen = true;
            _sentenceAdded = CasualtyCount.Add(_sentenceAdded, count);
        }

        /// <summary>Adds people who were counted as wounded and died, unless a death toll in this sentence includes them.</summary>
        public void AddFromWounded(int count)
        {
            Seen = true;
            _sentenceSeen = true;
            if (!_sentenceToll)
            {
                _sentenceAdded = CasualtyCount.Add(_sentenceAdded, count);
            }
        }

        public void Flush()
        {
            _groupStated |= CasualtyCount.Add(_sentenceCounted, _sentenceOthers) > 1;
            int stated = Math.Max(CasualtyCount.Add(_sentenceCounted, _sentenceOthers), Math.Max(_sentenceIndefinite, Math.Max(_sentenceNamed, _sentenceDefinite)));
            if (stated > _current || (stated == _current && stated > 0))
            {
                bool fromObject = _sentenceObjectMax >= stated && _sentenceSubjectMax < stated;
                LargestFromObject = stated > _current ? fromObject : LargestFromObject || fromObject;
            }

            _sentenceObjectMax = _sentenceSubjectMax = 0;
            _current = Math.Max(CasualtyCount.Add(Math.Max(_current, stated), _sentenceAdded), _sentenceOrdinal);
            Added = CasualtyCount.Add(Added, _sentenceAdded);
            _sentenceCounted = _sentenceOthers = _sentenceIndefinite = _sentenceNamed = _sentenceDefinite = _sentenceAdded = _sentenceOrdinal = 0;
            _sentenceSeen = false;
            _sentenceToll = false;
            _sentenceNames.Clear();
        }
    }
}
