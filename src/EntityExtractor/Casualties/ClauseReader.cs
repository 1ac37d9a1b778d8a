using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties;

/// <summary>
/// Reads the casualty figures of one sentence: for each trigger word it finds the victims, to its left for
/// passives and intransitives ("four people were killed", "the victim died", "5 dead") and to its right for
/// active verbs and gerunds ("killing two people", "shot three relatives to death"). Lists are summed ("a
/// policeman and two civilians"), "including" asides skipped, coordinated verbs share their subject ("was shot
/// and later died"). Each step looks at a bounded number of tokens, so a sentence is read in linear time.
/// </summary>
internal ref struct ClauseReader
{
    private const int MaxModifiers = 4;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly int _first;
    private readonly int _end;
    private readonly int _sentenceIndex;
    private VictimPhrase _lastSubject;
    private int _lastSubjectTrigger;

    public ClauseReader(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, int sentenceIndex)
    {
        _text = text;
        _tokens = tokens;
        _first = first;
        _end = end;
        _sentenceIndex = sentenceIndex;
        _lastSubjectTrigger = -1;
    }

    /// <summary>
    /// Appends the sentence's figures to <paramref name="figures"/>, creating the list on the first one. A token is
    /// a trigger candidate only when its length and first letter fit (<see cref="CasualtyLexicon.MightBeTrigger"/>),
    /// so most words cost two comparisons and no hashing.
    /// </summary>
    public void Read(ref List<RawFigure>? figures)
    {
        for (int t = _first; t < _end; t++)
        {
            Token token = _tokens[t];
            if (token.Kind != TokenKind.Word || token.Length < 3)
            {
                continue;
            }

            ReadOnlySpan<char> word = _text.Slice(token.Start, token.Length);
            if (!CasualtyLexicon.MightBeTrigger(word) || !CasualtyLexicon.Triggers.TryGetValue(word, out Trigger trigger))
            {
                continue;
            }

            if (t > _first && token.Has(TokenShape.Capitalized) && !token.Has(TokenShape.AllCaps) && !IsPunct(t - 1, '"') && !IsPunct(t - 1, ':'))
            {
                // A title-case headline ("Two Killed In Shooting") repeats the story; the body counts.
                continue;
            }

            ReadTrigger(t, trigger, ref figures);
        }
    }

    private void ReadTrigger(int t, Trigger trigger, ref List<RawFigure>? figures)
    {
        Token token = _tokens[t];
        CasualtyKind kind = trigger.Kind;
        bool shot = trigger.IsShot;
        VictimPhrase victims;
        if (trigger.Form is TriggerForm.Participle or TriggerForm.Adjective && ReadNumberOf(t, kind, ref figures))
        {
            return;
        }

        switch (trigger.Form)
        {
            case TriggerForm.Participle:
                {
                    if (shot && IsWord(t + 1, "and") && IsTriggerWord(t + 2))
                    {
                        // "shot and killed": the second verb counts.
                        return;
                    }

                    if (IsWord(t, "gunned") && !IsWord(t + 1, "down"))
                    {
                        return;
                    }

                    if (IsAny(t - 1, "fatally", "mortally") || (IsWord(t - 1, "and") && IsAny(t - 2, "fatally", "mortally")))
                    {
                        kind = CasualtyKind.Killed;
                        shot = false;
                    }
                    else if (kind == CasualtyKind.Wounded && IsAny(t - 1, "critically", "gravely"))
                    {
                        // "critically injured": alive for now, the outcome is open (counted like "shot").
                        shot = true;
                    }

                    int after = t + 1;
                    if (IsWord(t, "gunned"))
                    {
                        after++;
                    }

                    if (shot && (IsWord(after, "dead") || (IsWord(after, "to") && IsWord(after + 1, "death"))))
                    {
                        kind = CasualtyKind.Killed;
                        shot = false;
                        after += IsWord(after, "dead") ? 1 : 2;
                    }

                    victims = default;
                    if (IsAny(t, "hurt") && IsIn(after, CasualtyLexicon.ObjectPronouns))
                    {
                        // "didn't mean to hurt him": seldom a casualty.
                        return;
                    }

                    if (!IsPassive(t) && TryReadObject(after, out victims))
                    {
                        if (victims.IsShooter || victims.ShooterInList)
                        {
                            // "shot himself … and later died": the agent is the victim.
                            RememberAgent(t);
                        }

                        if (victims.ShooterInList && kind == CasualtyKind.Killed && !shot)
                        {
                            Add(ref figures, kind, false, Shooter(victims.End - 1), victims.End - 1, victims.End);
                        }

                        if (shot && IsWord(victims.End, "to") && IsWord(victims.End + 1, "death"))
                        {
                            kind = CasualtyKind.Killed;
                            shot = false;
                            victims.End += 2;
                        }

                        Add(ref figures, kind, shot, victims, t, victims.End);
                        ReadFatallyTail(victims.End, ref figures, victims);
                        return;
                    }

                    bool passive = IsPassive(t);
                    if ((passive || AllowsReducedRelative(t, after)) && TryReadSubject(t, out victims) && (passive || victims.Mention != Mention.Named))
                    {
                        int end = Math.Max(after, t + 1);
                        Add(ref figures, kind, shot, victims, victims.First, end);
                        ReadFatallyTail(end, ref figures, victims);
                    }

                    return;
                }

            case TriggerForm.Gerund:
                {
                    if ((t > _first && IsDeterminerBefore(t)) || IsWord(t + 1, "of"))
                    {
                        // "the killing of a teenager", "the shooting and wounding of four men".
                        ReadDeathOf(t, kind, shot, ref figures);
                        return;
                    }

                    if (shot && IsWord(t + 1, "and") && IsTriggerWord(t + 2))
                    {
                        return;
                    }

                    if (IsAny(t - 1, "fatally", "mortally"))
                    {
                        kind = CasualtyKind.Killed;
                        shot = false;
                    }

                    victims = default;
                    if (TryReadObject(t + 1, out victims) && (!victims.IsShooter || shot))
                    {
                        if (shot && IsWord(victims.End, "to") && IsWord(victims.End + 1, "death"))
                        {
                            kind = CasualtyKind.Killed;
                            shot = false;
                            victims.End += 2;
                        }

                        Add(ref figures, kind, shot, victims, t, victims.End);
                    }
                    else if (victims.IsShooter && kind == CasualtyKind.Killed)
                    {
                        Add(ref figures, kind, shot, victims, t, victims.End);
                    }

                    return;
                }

            case TriggerForm.Intransitive:
                if (IsNaturalDeath(t) || (IsAny(t, "passed", "passes") && !IsWord(t + 1, "away")))
                {
                    return;
                }

                if (TryReadSubject(t, out victims))
                {
                    // "passed away" states the figure with both words.
                    Add(ref figures, kind, shot, victims, victims.First, IsAny(t, "passed", "passes") ? t + 2 : t + 1);
                }

                return;

            case TriggerForm.Adjective:
                {
                    if (IsWord(t - 1, "the") && IsWord(t - 2, "among") && IsAny(t + 1, "were", "are", "was", "is"))
                    {
                        // "Among the dead were two journalists and a paramedic".
                        if (TryReadObject(t + 2, out victims) && !victims.IsShooter)
                        {
                            Add(ref figures, kind, shot, victims, t - 2, victims.End, notObject: true);
                        }

                        return;
                    }

                    if (IsDeterminerBefore(t) || FollowedByNoun(t))
                    {
                        return;
                    }

                    if (IsWord(t, "unaccounted") && !IsWord(t + 1, "for"))
                    {
                        return;
                    }

                    if (TryReadSubject(t, out victims))
                    {
                        Add(ref figures, kind, shot, victims, victims.First, t + 1);
                    }

                    return;
                }

            case TriggerForm.DeathOf:
                if (!IsWord(t + 1, "of"))
                {
                    // "three deaths".
                    if (IsAny(t, "deaths", "killings", "murders", "slayings") && t - 1 >= _first
                        && QuantityReader.TryReadEndingAt(_text, _tokens, t - 1, _first, out Quantity counted))
                    {
                        victims = Counted(counted, counted.First, t + 1);
                        Add(ref figures, kind, shot, victims, counted.First, t + 1);
                    }

                    return;
                }

                ReadDeathOf(t, kind, shot, ref figures);
                return;

            case TriggerForm.PassiveOnly:
                if (IsPassive(t) && !token.GetText(_text).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                {
                    if (TryReadSubject(t, out victims))
                    {
                        Add(ref figures, kind, shot, victims, victims.First, t + 1);
                    }
                }
                else if (BulletBefore(t) && TryReadObject(t + 1, out victims) && !victims.IsShooter)
                {
                    // "the bullet struck Denton in the arm", "a bullet striking the victim".
                    Add(ref figures, kind, shot, victims, t, victims.End);
                }

                return;

            case TriggerForm.WithWounds:
                {
                    // "three other people with gunshot wounds", "a man with a gunshot wound".
                    int w = t + 1;
                    bool described = false;
                    while (w < _end && w < t + 6 && IsIn(w, CasualtyLexicon.WoundDescriptors))
                    {
                        described = true;
                        w++;
                    }

                    if (!described || !IsIn(w, CasualtyLexicon.WoundNouns))
                    {
                        return;
                    }

                    if (TryReadSubject(t, out victims))
                    {
                        Add(ref figures, kind, true, victims, victims.First, w + 1);
                        return;
                    }

                    // "the victim was taken to a nearby hospital with non-life-threatening injuries",
                    // "three other victims showed up at the hospital with gunshot wounds".
                    int floor = Math.Max(_first, t - 10);
                    for (int k = t - 1; k >= floor; k--)
                    {
                        if (IsPersonHead(k) && TryReadNpListLeft(k, out victims))
                        {
                            Add(ref figures, kind, true, victims, victims.First, w + 1);
                            return;
                        }

                        if (IsIn(k, CasualtyLexicon.HospitalVerbs))
                        {
                            if (TryReadSubject(k, out victims))
                            {
                                Add(ref figures, kind, true, victims, victims.First, w + 1);
                            }

                            return;
                        }

                        if (IsTriggerWord(k) || _tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ','))
                        {
                            return;
                        }
                    }

                    return;
                }

            case TriggerForm.VictimNoun:
                {
                    // "four shooting victims", "a fifth gunshot victim".
                    if (!IsAny(t - 1, "shooting", "gunshot") || !ReadHeadedLeft(t, out victims))
                    {
                        return;
                    }

                    Add(ref figures, kind, true, victims, victims.First, t + 1);
                    return;
                }

            case TriggerForm.SentToHospital:
                {
                    if (!TryReadObject(t + 1, out victims) || victims.IsShooter || !IsWord(victims.End, "to"))
                    {
                        return;
                    }

                    int h = IsAny(victims.End + 1, "the", "a", "area", "local") ? victims.End + 2 : victims.End + 1;
                    if (IsAny(h, "area", "local"))
                    {
                        h++;
                    }

                    if (IsAny(h, "hospital", "hospitals"))
                    {
                        Add(ref figures, kind, shot, victims, t, h + 1);
                    }

                    return;
                }

            case TriggerForm.ToHospital:
                {
                    // "the victim was taken to a local hospital": hurt, outcome unknown (like "shot").
                    if (!IsPassive(t) || !IsWord(t + 1, "to"))
                    {
                        return;
                    }

                    int stop = Math.Min(_end, t + 8);
                    int h = -1;
                    for (int k = t + 2; k < stop; k++)
                    {
                        if (IsAny(k, "hospital", "hospitals"))
                        {
                            h = k;
                            break;
                        }

                        if (_tokens[k].Kind == TokenKind.Punctuation)
                        {
                            break;
                        }
                    }

                    if (h >= 0 && TryReadSubject(t, out victims))
                    {
                        Add(ref figures, kind, true, victims, victims.First, h + 1);
                    }

                    return;
                }

            case TriggerForm.Implicit:
                {
                    // "a fatal shooting" = at least one killed; "a triple homicide" = three killed. Both re-mention the
                    // lead event, so they never add to a stated count.
                    int count = IsAny(t, "fatal", "deadly") && IsIn(t + 1, CasualtyLexicon.IncidentNouns)
                        ? 1
                        : IsIn(t + 1, CasualtyLexicon.HomicideNouns)
                            ? (IsWord(t, "double") ? 2 : IsWord(t, "triple") ? 3 : IsWord(t, "quadruple") ? 4 : 0)
                            : 0;
                    if (count == 0 && IsAny(t, "double", "triple", "quadruple") && IsAny(t + 1, "shooting", "shootings"))
                    {
                        // "a double shooting": two people shot, outcome unknown.
                        count = IsWord(t, "double") ? 2 : IsWord(t, "triple") ? 3 : 4;
                        shot = true;
                        kind = CasualtyKind.Wounded;
                    }

                    if (count == 0 || IsWord(t + 2, "of"))
                    {
                        return;
                    }

                    victims = Single(t, Mention.Definite);
                    victims.Count = count;
                    victims.Qualifier = count == 1 ? CasualtyQualifier.AtLeast : CasualtyQualifier.Exact;
                    Add(ref figures, kind, shot, victims, t, t + 2, notObject: true);
                    return;
                }

            case TriggerForm.Toll:
                ReadToll(t, ref figures);
                return;

            case TriggerForm.CountNoun:
                if (t - 1 >= _first && QuantityReader.TryReadEndingAt(_text, _tokens, t - 1, _first, out Quantity q))
                {
                    victims = Counted(q, q.First, t + 1);
                    Add(ref figures, kind, shot, victims, q.First, t + 1);
                }
                else if (IsWord(t, "bodies") && IsWord(t + 1, "of"))
                {
                    // "pulled the bodies of 12 migrants from the sea".
                    ReadDeathOf(t, kind, shot, ref figures);
                }

                return;

            case TriggerForm.Suffered:
                {
                    // "suffered (non-life-threatening|gunshot|...) injuries|wounds" within a few words.
                    bool injury = false;
                    bool gunshot = false;
                    int stop = Math.Min(_end, t + 6);
                    for (int k = t + 1; k < stop && !injury; k++)
                    {
                        injury = IsIn(k, CasualtyLexicon.WoundNouns);
                        gunshot |= IsIn(k, CasualtyLexicon.SevereWoundWords);
                        if (IsNegation(k) || IsWord(k, "no"))
                        {
                            return;
                        }
                    }

                    if (injury && IsAny(t, "had", "has") && !gunshot)
                    {
                        return;
                    }

                    if (!injury && IsWord(t, "treated") && IsPassive(t))
                    {
                        // "were treated at a hospital and released", "was treated and released".
                        for (int k = t + 1; k < stop && !injury; k++)
                        {
                            injury = IsAny(k, "released", "hospital", "hospitals");
                        }
                    }

                    bool fatal = false;
                    for (int k = t + 1; k < stop; k++)
                    {
                        fatal |= IsAny(k, "fatal", "mortal");
                    }

                    if (injury && TryReadSubject(t, out victims))
                    {
                        // A gunshot or critical wound says nothing of the outcome: counted as shot.
                        Add(ref figures, fatal ? CasualtyKind.Killed : kind, gunshot && !fatal, victims, victims.First, t + 1);
                    }

                    return;
                }

            case TriggerForm.Condition:
                {
                    if (t - 2 < _first || !CasualtyLexicon.Conditions.Contains(Text(t - 1)))
                    {
                        return;
                    }

                    // "in critical condition", "in critical but stable condition".
                    int inIndex = t - 2;
                    while (inIndex > t - 6 && inIndex > _first && !IsWord(inIndex, "in"))
                    {
                        inIndex--;
                    }

                    if (IsWord(inIndex, "in") && TryReadSubject(inIndex, out victims))
                    {
                        Add(ref figures, kind, shot, victims, victims.First, t + 1);
                    }

                    return;
                }

            case TriggerForm.Suicide:
                {
                    // "a murder-suicide", "before committing suicide": the attacker died.
                    if (IsWord(t, "suicide") && !IsIn(t - 1, CasualtyLexicon.SuicideLeadWords))
                    {
                        return;
                    }

                    if (IsIn(t + 1, CasualtyLexicon.NotSuicideNouns))
                    {
                        return;
                    }

                    if (IsWord(t - 1, "commit") && (IsWord(t - 2, "to") || IsNegation(t - 2)))
                    {
                        // "threatening to commit suicide", "tried to commit suicide", "did not commit suicide": no death.
                        return;
                    }

                    victims = Shooter(t);
                    Add(ref figures, kind, shot, victims, t, t + 1);
                    return;
                }

            case TriggerForm.Reflexive:
                {
                    // "turned the gun on himself".
                    if (!IsWord(t - 1, "on") || !(IsWeapon(t - 2) || IsWeapon(t - 3)))
                    {
                        return;
                    }

                    // The figure's text takes the verb: "turned the gun on himself", "turning his rifle on himself".
                    int verb = t - 1;
                    for (int k = t - 3; k >= Math.Max(_first, t - 5); k--)
                    {
                        if (IsAny(k, "turned", "turning", "turns", "turn", "pointed"))
                        {
                            verb = k;
                            break;
                        }
                    }

                    victims = Shooter(t);
                    Add(ref figures, kind, shot, victims, verb, t + 1);
                    return;
                }

            case TriggerForm.OwnLife:
                {
                    if (IsWord(t - 2, "for") && IsAny(t - 3, "fighting", "fights", "fought") && IsAny(t - 1, "his", "her", "their"))
                    {
                        // "is fighting for her life": wounded.
                        if (TryReadSubject(t - 3, out victims))
                        {
                            Add(ref figures, CasualtyKind.Wounded, false, victims, victims.First, t + 1);
                        }

                        return;
                    }

                    if (IsAny(t - 1, "his", "her", "their") && IsAny(t - 2, "lost", "lose", "loses", "losing"))
                    {
                        // "Five people, including a pregnant woman, lost their lives"; not "almost lost her life".
                        if (!IsIn(t - 3, CasualtyLexicon.NearMissWords)
                            && !(IsWord(t - 3, "have") && IsIn(t - 4, CasualtyLexicon.NearMissWords))
                            && TryReadSubject(t - 2, out victims))
                        {
                            Add(ref figures, CasualtyKind.Killed, false, victims, victims.First, t + 1);
                        }

                        return;
                    }

                    if (IsAny(t - 1, "a", "one") && IsIn(t - 2, CasualtyLexicon.ClaimVerbs))
                    {
                        // "an accidental shooting claimed a life".
                        victims = Single(t - 1, Mention.Indefinite);
                        Add(ref figures, CasualtyKind.Killed, false, victims, t - 2, t + 1, notObject: true);
                        return;
                    }

                    if (IsWord(t - 1, "the") && (IsIn(t - 2, CasualtyLexicon.ClaimVerbs) || IsIn(t - 2, CasualtyLexicon.TakeVerbs)) && IsWord(t + 1, "of"))
                    {
                        // "claimed the life of a teenager".
                        ReadDeathOf(t, CasualtyKind.Killed, false, ref figures);
                        return;
                    }

                    // "took his own life".
                    if (!IsWord(t - 1, "own") || !IsIn(t - 3, CasualtyLexicon.TakeVerbs))
                    {
                        return;
                    }

                    victims = Shooter(t - 3);
                    Add(ref figures, kind, shot, victims, t - 3, t + 1);
                    return;
                }
        }
    }

    /// <summary>"died at 79", "died of cancer", "died from AIDS": not a casualty.</summary>
    private bool IsNaturalDeath(int t)
    {
        if (IsWord(t + 1, "at") && t + 2 < _end && _tokens[t + 2].Kind == TokenKind.Number && !IsIn(t + 3, CasualtyLexicon.ClockMarks))
        {
            return true;
        }

        int k = t + 1;
        if (!IsAny(k, "of", "from", "after"))
        {
            return false;
        }

        k++;
        if (IsIn(k, CasualtyLexicon.NaturalDeathModifiers))
        {
            k++;
        }

        return IsIn(k, CasualtyLexicon.NaturalCauses);
    }

    private bool BulletBefore(int t)
    {
        int floor = Math.Max(_first, t - 5);
        for (int k = t - 1; k >= floor; k--)
        {
            if (IsIn(k, CasualtyLexicon.BulletWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the (shooting) death of a 17-month-old", "the murders of two teens".</summary>
    private void ReadDeathOf(int t, CasualtyKind kind, bool shot, ref List<RawFigure>? figures)
    {
        if (shot && IsAny(t - 1, "fatal", "deadly"))
        {
            // "the fatal shooting of a 15-year-old girl".
            kind = CasualtyKind.Killed;
            shot = false;
        }

        if (!IsWord(t + 1, "of") || !TryReadObject(t + 2, out VictimPhrase victims) || victims.IsShooter)
        {
            return;
        }

        Add(ref figures, kind, shot, victims, t, victims.End, notObject: true);
    }

    /// <summary>"…were shot, one fatally" / "…, two of them fatally": adds the killed part.</summary>
    private void ReadFatallyTail(int i, ref List<RawFigure>? figures, VictimPhrase whole)
    {
        if (!IsPunct(i, ',') || whole.Count < 2)
        {
            return;
        }

        int k = i + 1;
        if (!QuantityReader.TryRead(_text, _tokens, k, _end, out Quantity q))
        {
            return;
        }

        int j = q.End;
        if (IsWord(j, "of") && IsAny(j + 1, "them", "whom"))
        {
            j += 2;
        }

        if (IsAny(j, "fatally", "mortally") && q.Value < whole.Count)
        {
            var victims = Counted(q, k, j + 1);
            victims.Mention = Mention.Counted;
            Add(ref figures, CasualtyKind.Killed, false, victims, k, j + 1);
        }
    }

    /// <summary>
    /// "The number of people killed has risen to 47", "the number of dead stood at 12": a count stated for the
    /// group, a toll when it counts the dead. Returns whether the trigger was read so.
    /// </summary>
    private bool ReadNumberOf(int t, CasualtyKind kind, ref List<RawFigure>? figures)
    {
        int of = IsWord(t - 1, "of") ? t - 1 : IsWord(t - 2, "of") && IsPersonHead(t - 1) ? t - 2 : -1;
        if (of < 0 || !IsWord(of - 1, "number"))
        {
            return false;
        }

        // Up to the verb that states the count ("has risen to", "rose to", "stood at", "reached", "is"), within the clause.
        int stop = Math.Min(_end, t + 14);
        for (int k = t + 1; k < stop; k++)
        {
            if (IsPunct(k, '.') || IsPunct(k, ';'))
            {
                return true;
            }

            if (!IsIn(k, CasualtyLexicon.CountVerbs))
            {
                continue;
            }

            int at = IsAny(k + 1, "to", "at") ? k + 2 : k + 1;
            if (QuantityReader.TryRead(_text, _tokens, at, _end, out Quantity q) && !LooksLikeNonCount(q.End - 1)
                && !IsAny(q.End, "per", "fold") && !(q.End < _end && _text[_tokens[q.End].Start] == '%'))
            {
                var victims = Counted(q, q.First, q.End);
                Add(ref figures, kind, false, victims, of - 1, q.End, toll: kind == CasualtyKind.Killed);
            }

            return true;
        }

        return true;
    }

    private void ReadToll(int t, ref List<RawFigure>? figures)
    {
        if (!IsAny(t - 1, "death", "casualty", "civilian"))
        {
            return;
        }

        int stop = Math.Min(_end, t + 8);
        for (int k = t + 1; k < stop; k++)
        {
            if (IsPunct(k, '.') || IsPunct(k, ';'))
            {
                return;
            }

            if (QuantityReader.TryRead(_text, _tokens, k, _end, out Quantity q))
            {
                var victims = Counted(q, q.First, q.End);
                Add(ref figures, CasualtyKind.Killed, false, victims, t - 1, q.End, toll: true);
                return;
            }
        }
    }

    private void Add(ref List<RawFigure>? figures, CasualtyKind kind, bool shot, VictimPhrase victims, int first, int end, bool toll = false, bool notObject = false)
    {
        bool isObject = victims.First > first && !notObject;
        if (victims.Count <= 0)
        {
            return;
        }

        first = Math.Max(_first, Math.Min(first, victims.First));
        end = Math.Min(_end, Math.Max(end, first + 1));
        if (shot && kind == CasualtyKind.Wounded)
        {
            for (int k = victims.First; k < victims.End && k < _end; k++)
            {
                if (IsWord(k, "surviving"))
                {
                    // "the three surviving shooting victims": wounded, not among the dead.
                    shot = false;
                    break;
                }
            }
        }

        figures ??= new List<RawFigure>();
        figures.Add(new RawFigure
        {
            Kind = kind,
            IsShot = shot,
            IsToll = toll,
            Victims = victims,
            First = first,
            End = end,
            SentenceIndex = _sentenceIndex,
            IsObject = isObject,
        });
    }

    /// <summary>Whether the participle at <paramref name="t"/> follows a form of "be" or "get" ("were killed", "was fatally shot").</summary>
    private bool IsPassive(int t)
    {
        // "was shot and killed": the first participle's auxiliary (a bounded walk over "X and" pairs).
        for (int hops = 0; hops < 3 && IsWord(t - 1, "and") && IsTriggerWord(t - 2); hops++)
        {
            t -= 2;
        }

        int i = t - 1;
        int floor = Math.Max(_first, t - 4);
        while (i >= floor && IsIn(i, CasualtyLexicon.PassiveAdverbs))
        {
            if (IsWord(i, "been"))
            {
                return true;
            }

            i--;
        }

        return i >= _first && _tokens[i].Kind is TokenKind.Word or TokenKind.Clitic && CasualtyLexicon.PassiveAux.Contains(Text(i));
    }

    /// <summary>
    /// Whether an active-looking participle with no object can still take its victims from the left: a reduced
    /// relative or headline ("two people killed in the attack", "2 killed, 3 hurt"), not "the man who shot …"
    /// or "Hoch shot a 68".
    /// </summary>
    private bool AllowsReducedRelative(int t, int after)
    {
        int left = t - 1;
        int leftFloor = Math.Max(_first, t - 8);
        while (left >= leftFloor && (IsIn(left, CasualtyLexicon.ReducedRelativeAdverbs)
            || (IsWord(left, "and") && IsTriggerWord(left - 1))))
        {
            left -= IsWord(left, "and") ? 2 : 1;
        }

        if (left < _first || IsIn(left, CasualtyLexicon.AgentWords))
        {
            return false;
        }

        if (left == t - 1 && IsIn(left, CasualtyLexicon.ShotNounDeterminers))
        {
            // "another shot at the title": a noun.
            return false;
        }

        // "2 killed and 4 wounded": a bare count may be followed by another count.
        bool countLeft = QuantityReader.IsNumeric(_text, _tokens[left]) && !IsAgeUnit(left + 1);

        if (after >= _end)
        {
            return true;
        }

        Token next = _tokens[after];
        if (next.Kind == TokenKind.Punctuation)
        {
            return true;
        }

        if (next.Kind == TokenKind.Word && (IsTimeWord(after) || IsIn(after, CasualtyLexicon.ReducedRelativeFollowers)))
        {
            return !IsWord(after, "and") || !IsDeterminerLike(after + 1) || countLeft;
        }

        return false;
    }

    private bool IsDeterminerLike(int i) => IsIn(i, CasualtyLexicon.DeterminerLike) || (i < _end && i >= _first && _tokens[i].Kind == TokenKind.Number);

    // ---- subjects (to the left of the trigger) ----

    private bool TryReadSubject(int trigger, out VictimPhrase victims) =>
        TryReadSubjectPhrase(trigger, out victims) && !NegatedFromLeft(victims.First);

    /// <summary>"None of the 200 passengers", "neither of the two guards", "not one of the": a subject counted away.</summary>
    private bool NegatedFromLeft(int first)
    {
        int of = first - 1;
        if (!IsWord(of, "of"))
        {
            return false;
        }

        return IsAny(of - 1, "none", "neither") || (IsWord(of - 1, "one") && IsNegation(of - 2));
    }

    private bool TryReadSubjectPhrase(int trigger, out VictimPhrase victims)
    {
        victims = default;
        int i = trigger - 1;
        bool also = false;
        bool pluralVerb = false;
        int skipFloor = Math.Max(_first, trigger - 12);
        while (i >= skipFloor)
        {
            if (IsNegation(i))
            {
                return false;
            }

            if (IsWord(i, "and") && i - 1 >= _first && IsTriggerWord(i - 1))
            {
                // "was shot and killed", "were killed and wounded".
                i -= 2;
                continue;
            }

            if (IsWord(i, "both") && !CasualtyLexicon.PassiveAux.Contains(i - 1 >= _first ? Text(i - 1) : default))
            {
                // "Both died": the subject itself.
                break;
            }

            if (_tokens[i].Kind == TokenKind.Word && CasualtyLexicon.SkipLeft.Contains(Text(i)))
            {
                also |= IsWord(i, "also");
                pluralVerb |= IsAny(i, "were", "are", "have");
                i--;
                continue;
            }

            if (_tokens[i].Kind == TokenKind.Clitic && IsAny(i, "'s", "'re"))
            {
                i--;
                continue;
            }

            break;
        }

        if (i < _first)
        {
            return false;
        }

        if (IsIn(i, CasualtyLexicon.Subordinators) && IsAny(i + 1, "being", "getting"))
        {
            // "Four people are recovering after being shot": the main clause's subject.
            int floor = Math.Max(_first, i - 8);
            for (int k = i - 1; k >= floor; k--)
            {
                if (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ','))
                {
                    return false;
                }

                if ((IsPersonHead(k) || IsAny(k, "he", "she")) && TryReadNpListLeft(k, out victims))
                {
                    _lastSubject = victims;
                    _lastSubjectTrigger = trigger;
                    return true;
                }
            }

            return false;
        }

        if (IsAny(i, "who", "that"))
        {
            i--;
            if (IsPunct(i, ','))
            {
                i--;
            }
        }
        else if (IsWord(i, "and") || IsPunct(i, ','))
        {
            // "was shot in the chest and later died": the earlier verb's subject.
            int j = IsPunct(i, ',') ? i - 1 : i;
            if (!TryReadNpListLeft(SkipAsideLeft(j), out _))
            {
                if (_lastSubjectTrigger >= 0)
                {
                    victims = _lastSubject;
                    victims.Mention = victims.Mention == Mention.Indefinite ? Mention.Definite : victims.Mention;
                    return true;
                }

                // "The boy was taken off life support and passed away": the clause's subject opens the sentence.
                if (IsWord(i, "and") && TryReadOpeningSubject(i, out victims))
                {
                    return true;
                }
            }
        }

        i = SkipAsideLeft(i);
        if (i < _first)
        {
            return false;
        }

        if (!TryReadNpListLeft(i, out victims))
        {
            // "an 18-year-old female from Milwaukee was shot": the person before a short prepositional phrase.
            int floor = Math.Max(_first, i - 9);
            int k = i;
            bool found = false;
            while (k > floor && _tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number && !IsTriggerWord(k))
            {
                if (IsPersonHead(k - 1) && (IsIn(k, CasualtyLexicon.PostHeadPrepositions)
                    || (_tokens[k].Has(TokenShape.AllLower) && Text(k).EndsWith("ing", StringComparison.Ordinal))
                    || IsAny(k, "was", "were", "is", "are")))
                {
                    // "an 18-year-old female from Milwaukee was shot", "a man sitting on a porch was killed".
                    found = true;
                    break;
                }

                k--;
            }

            if (!found || !TryReadNpListLeft(k - 1, out victims))
            {
                // "The 4-year-old girl who was shot inside a home on Algonquin Parkway has died".
                if (!TryReadRelativeHead(i, out victims))
                {
                    return false;
                }
            }
        }

        if (pluralVerb && victims.Mention == Mention.Named && victims.First == victims.NameToken)
        {
            // "Stocks were killed": one name does not take "were".
            return false;
        }

        if (also && victims.Mention is Mention.Indefinite or Mention.Named)
        {
            victims.Mention = Mention.Additive;
        }

        victims.Also = also;

        _lastSubject = victims;
        _lastSubjectTrigger = trigger;
        return true;
    }

    private void RememberAgent(int t)
    {
        int saved = _lastSubjectTrigger;
        if (!TryReadSubject(t, out _))
        {
            _lastSubjectTrigger = saved;
        }
    }

    /// <summary>Whether "and" comes within a few tokens after the comma at <paramref name="comma"/>, before the clause ends.</summary>
    private bool AndFollows(int comma)
    {
        int stop = Math.Min(_end, comma + 10);
        for (int k = comma + 1; k < stop; k++)
        {
            if (IsWord(k, "and"))
            {
                return true;
            }

            if (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ','))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsBareNumber(VictimPhrase phrase) =>
        phrase.Mention == Mention.Counted && phrase.End - phrase.First == 1 && _tokens[phrase.First].Kind == TokenKind.Number;

    /// <summary>Reads the subject that opens the sentence ("The boy was …"), when it ends within its first tokens.</summary>
    private bool TryReadOpeningSubject(int limit, out VictimPhrase victims)
    {
        victims = default;
        int stop = Math.Min(limit, _first + 8);
        for (int k = _first; k < stop; k++)
        {
            if (IsAny(k, "he", "she") || (IsPersonHead(k) && !IsPersonHead(k + 1)))
            {
                bool verbFollows = k + 1 < _end && _tokens[k + 1].Kind is TokenKind.Word or TokenKind.Clitic
                    && (CasualtyLexicon.PassiveAux.Contains(Text(k + 1)) || IsAny(k + 1, "has", "had", "later")
                        || (_tokens[k + 1].Has(TokenShape.AllLower) && Text(k + 1).EndsWith("ed", StringComparison.Ordinal)));
                return verbFollows && TryReadNpListLeft(k, out victims);
            }

            if (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Finds "NP who …" to the left of <paramref name="i"/> within the clause and reads the NP.</summary>
    private bool TryReadRelativeHead(int i, out VictimPhrase victims)
    {
        victims = default;
        int floor = Math.Max(_first, i - 16);
        for (int k = i; k > floor; k--)
        {
            if (IsPunct(k, '.') || IsPunct(k, ';') || IsPunct(k, ':'))
            {
                return false;
            }

            if (IsWord(k, "who"))
            {
                int head = IsPunct(k - 1, ',') ? k - 2 : k - 1;
                return head >= _first && TryReadNpListLeft(SkipAsideLeft(head), out victims);
            }
        }

        return false;
    }

    /// <summary>
    /// Skips asides closed just before a verb, reading leftwards: "four people, including two children," /
    /// "Smith, 25, of Morgantown," / "the victim (John Doe)" / "three others – including two children –".
    /// </summary>
    private int SkipAsideLeft(int i)
    {
        for (int round = 0; round < 3 && i >= _first; round++)
        {
            char open;
            if (IsPunct(i, ','))
            {
                open = ',';
            }
            else if (IsPunct(i, ')'))
            {
                open = '(';
            }
            else if (IsDash(i))
            {
                open = _text[_tokens[i].Start];
                if (_tokens[i].Length == 2)
                {
                    // "--": find the matching "--".
                    int back = i - 1;
                    int stop = Math.Max(_first, i - 20);
                    while (back >= stop && !(IsDash(back) && _tokens[back].Length == 2))
                    {
                        back--;
                    }

                    if (back < stop)
                    {
                        return i;
                    }

                    i = back - 1;
                    continue;
                }
            }
            else
            {
                return i;
            }

            int found = -1;
            int floor = Math.Max(_first, i - 20);
            for (int k = i - 1; k >= floor; k--)
            {
                if (IsPunct(k, open))
                {
                    found = k;
                    break;
                }

                if (IsPunct(k, '.') || IsPunct(k, ';') || IsAny(k, "and", "but") && IsPunct(k - 1, ','))
                {
                    break;
                }
            }

            if (found < 0)
            {
                return open == ',' ? i - 1 : i;
            }

            i = found - 1;
            if (i - 1 >= _first && _tokens[i].Kind == TokenKind.Number && IsPunct(i - 1, ','))
            {
                // "Smith, 25, of Morgantown,": the age appositive too.
                i -= 2;
            }
        }

        return i;
    }

    private bool IsDash(int i) =>
        i >= _first && i < _end && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '\u2013' or '\u2014' or '-'
        && (_tokens[i].Length == 1 || (_tokens[i].Length == 2 && _text[_tokens[i].Start + 1] == '-'));

    private bool TryReadNpListLeft(int i, out VictimPhrase victims)
    {
        victims = default;
        if (!TryReadNpLeft(i, out VictimPhrase last))
        {
            return false;
        }

        victims = last;
        bool sawAnd = false;
        int parts = 1;
        int k = last.First - 1;
        if (IsBareNumber(last) && (IsWord(k, "and") || IsPunct(k, ',')) && k - 1 >= _first
            && (_tokens[k - 1].Kind == TokenKind.Number || IsPunct(k - 1, ',') && _tokens[Math.Max(_first, k - 2)].Kind == TokenKind.Number))
        {
            // "12 and 16 were wounded", "18, 22 and 27, were": ages, not counts.
            return false;
        }

        while (k >= _first && parts < 8)
        {
            int sep = k;
            if (IsWord(k, "and"))
            {
                sawAnd = true;
                k--;
                if (IsPunct(k, ','))
                {
                    k--;
                }
            }
            else if (IsPunct(k, ',') && sawAnd)
            {
                k--;
            }
            else
            {
                break;
            }

            if (k < _first || !TryReadNpLeft(k, out VictimPhrase part) || part.Mention == Mention.Definite && part.NameToken < 0 && IsPronoun(part.First))
            {
                _ = sep;
                break;
            }

            victims.Count += part.Count;
            victims.First = part.First;
            victims.Mention = Mention.Counted;

            // "A 13-year-old boy and six other people": the list as a whole is not "others".
            victims.Others = false;
            victims.NameToken = -1;
            victims.DescriptionFirst = victims.DescriptionEnd = 0;
            if (part.Qualifier != CasualtyQualifier.Exact)
            {
                victims.Qualifier = part.Qualifier;
            }

            parts++;
            k = part.First - 1;
        }

        return true;
    }

    /// <summary>Reads one noun phrase that ends at token <paramref name="i"/>.</summary>
    private bool TryReadNpLeft(int i, out VictimPhrase victims)
    {
        victims = default;
        victims.NameToken = -1;
        if (i < _first)
        {
            return false;
        }

        Token token = _tokens[i];
        ReadOnlySpan<char> word = token.GetText(_text);

        if (IsAny(i, "he", "she", "him", "her"))
        {
            victims = Single(i, Mention.Definite);
            return true;
        }

        if (IsWord(i, "both"))
        {
            victims = Single(i, Mention.Definite);
            victims.Count = 2;
            return true;
        }

        if (IsAny(i, "wounded", "injured") && IsWord(i - 1, "the") && IsWord(i - 2, "of")
            && QuantityReader.TryReadEndingAt(_text, _tokens, i - 3, _first, out Quantity among))
        {
            // "one of the wounded died": a wounded person moves to the dead.
            victims = Counted(among, among.First, i + 1);
            victims.Mention = Mention.Additive;
            victims.FromWounded = true;
            return true;
        }

        if (IsWord(i, "another") && !IsPersonHead(i + 1))
        {
            // "three people were killed and another critically injured".
            victims = Single(i, Mention.Additive);
            return true;
        }

        if (IsAny(i - 1, "a", "an") && CasualtyLexicon.Ordinals.TryGetValue(Text(i), out int place) && place > 1)
        {
            // "four victims died at the scene and a fifth died on the way".
            victims = Single(i - 1, Mention.Ordinal);
            victims.End = i + 1;
            victims.Ordinal = place;
            return true;
        }

        if (IsWord(i, "they") && _lastSubjectTrigger >= 0 && _lastSubject.Count > 1)
        {
            // "found two men who had been shot, and they were taken to a hospital where they died".
            victims = _lastSubject;
            victims.Mention = Mention.Definite;
            victims.First = i;
            victims.End = i + 1;
            victims.DescriptionFirst = victims.DescriptionEnd = 0;
            return true;
        }

        if (IsAny(i, "them", "those", "whom") || IsPersonHead(i))
        {
            if (!ReadHeadedLeft(i, out victims))
            {
                return false;
            }

            int outer = victims.First - 2;
            if (IsWord(outer + 1, "of") && IsPersonHead(outer) && (IsAny(outer, "member", "members") || IsAny(i, "gang", "family"))
                && ReadHeadedLeft(outer, out VictimPhrase whole))
            {
                // "three members of a rival gang": the people counted are the members, not the gang.
                whole.End = i + 1;
                whole.DescriptionEnd = i + 1;
                victims = whole;
            }

            return true;
        }

        if (token.Kind == TokenKind.Number && IsPunct(i - 1, ',') && i - 2 >= _first && IsNameWord(i - 2))
        {
            // "Ginger Reeves, 64 were found dead": an age after a name.
            return TryReadNpLeft(i - 2, out victims);
        }

        if (token.Kind == TokenKind.Number && IsPunct(i - 1, ',') && IsPunct(i + 1, ','))
        {
            // "24, 25, and 41, were wounded": ages.
            return false;
        }

        if (token.Kind is TokenKind.Number or TokenKind.Word && QuantityReader.IsNumeric(_text, token))
        {
            if (IsNegation(i - 1) || (IsWord(i, "one") && IsWord(i - 1, "no")))
            {
                return false;
            }

            if (!QuantityReader.TryReadEndingAt(_text, _tokens, i, _first, out Quantity q) || LooksLikeNonCount(i) || IsAgeUnit(i + 1)
                || (i + 1 < _end && _tokens[i + 1].Kind == TokenKind.Clitic))
            {
                return false;
            }

            victims = Counted(q, q.First, i + 1);
            victims.Others = IsWord(q.First - 1, "and");
            if (IsWord(q.First - 1, "both") && _tokens[i].Kind == TokenKind.Number)
            {
                // "a woman and a man, both 19,": ages.
                return false;
            }

            if (IsAny(q.First - 1, "the", "those", "these", "all", "both"))
            {
                victims.First = q.First - 1;
                victims.Mention = Mention.Definite;
                if (IsWord(q.First - 2, "of") && QuantityReader.TryReadEndingAt(_text, _tokens, q.First - 3, _first, out Quantity part))
                {
                    // "one of the six died".
                    victims = Counted(part, part.First, i + 1);
                    victims.Mention = Mention.Definite;
                }
            }

            return true;
        }

        if (token.Kind == TokenKind.Word && token.Has(TokenShape.Capitalized) && IsNameWord(i))
        {
            int k = i;
            while (k - 1 >= _first && (IsNameWord(k - 1) || (_tokens[k - 1].Kind == TokenKind.Abbreviation && _tokens[k - 1].Length == 2)))
            {
                k--;
            }

            if ((k == _first && i == _first && word.Length < 3)
                || IsIn(k - 1, CasualtyLexicon.PlacePrepositions)
                || _tokens[i].Has(TokenShape.AllCaps))
            {
                return false;
            }

            victims = Single(k, Mention.Named);
            victims.End = i + 1;
            victims.NameToken = i;
            if (k - 1 >= _first && IsYearOld(k - 1))
            {
                // "12-year-old Joseph McDonald".
                victims.First = k - 1;
            }

            return true;
        }

        // "members of a pro-Iran faction": a person head before "of". Not across a verb: in "four members of a
        // faction were killed and seven others were wounded", "killed" ends a clause, not a noun phrase.
        if (IsTriggerWord(i) || CasualtyLexicon.PassiveAux.Contains(word) || CasualtyLexicon.SkipLeft.Contains(word))
        {
            return false;
        }

        int floor = Math.Max(_first, i - 6);
        for (int k = i - 1; k > floor; k--)
        {
            if (IsWord(k, "of") && IsPersonHead(k - 1))
            {
                if (!ReadHeadedLeft(k - 1, out victims))
                {
                    return false;
                }

                victims.End = i + 1;
                victims.DescriptionEnd = i + 1;
                return true;
            }

            if (_tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || IsTriggerWord(k))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Reads a noun phrase whose head person noun (or "them") is token <paramref name="head"/>.</summary>
    private bool ReadHeadedLeft(int head, out VictimPhrase victims)
    {
        victims = default;
        victims.NameToken = -1;
        bool plural = IsPluralHead(head);
        bool additive = false;
        int k = head - 1;
        int modifiers = 0;
        int ordinal = 0;
        bool others = IsWord(head, "others");
        while (k >= _first && modifiers < MaxModifiers && (IsModifier(k) || IsAny(k, "more", "other")))
        {
            if (CasualtyLexicon.Ordinals.TryGetValue(Text(k), out int value))
            {
                ordinal = value;
                additive |= value == 0;
            }

            additive |= IsWord(k, "more");
            others |= IsWord(k, "other");
            k--;
            modifiers++;
        }

        int descFirst = k + 1;
        if (k >= _first && _tokens[k].Kind == TokenKind.Clitic && IsWord(k, "'s"))
        {
            // "the store's clerk": a possessive is a definite reference.
            victims = Single(Math.Max(_first, k - 2), Mention.Definite);
            victims.End = head + 1;
            SetDescription(ref victims, descFirst, head + 1);
            return !plural;
        }

        while (k >= _first && modifiers < MaxModifiers + 2 && QuantityReader.IsNumeric(_text, _tokens[k]) && IsAgeUnit(k + 1))
        {
            // "the 5 year-old boy": the number is an age, part of the description.
            k--;
            modifiers++;
            while (k >= _first && modifiers < MaxModifiers + 2 && IsModifier(k))
            {
                k--;
                modifiers++;
            }
        }

        descFirst = k + 1;
        if (k >= _first && (QuantityReader.IsNumeric(_text, _tokens[k]) || IsAny(k, "dozen", "few", "handful", "number")))
        {
            if (IsWord(k, "one") && IsWord(k - 1, "no"))
            {
                return false;
            }

            if (QuantityReader.TryReadEndingAt(_text, _tokens, k, _first, out Quantity q))
            {
                victims = Counted(q, q.First, head + 1);
                if (IsIn(q.First - 1, CasualtyLexicon.GroupDeterminers))
                {
                    victims.First = q.First - 1;
                    victims.Mention = Mention.Definite;
                    if (IsWord(q.First - 2, "of") && QuantityReader.TryReadEndingAt(_text, _tokens, q.First - 3, _first, out Quantity part))
                    {
                        // "two of the four shooting victims".
                        victims = Counted(part, part.First, head + 1);
                    }
                }
                else if (additive || IsWord(k + 1, "more"))
                {
                    victims.Mention = Mention.Additive;
                }

                victims.Others = others;
                SetDescription(ref victims, descFirst, head + 1);
                return true;
            }
        }

        if (k - 1 >= _first && IsWord(k - 1, "of") && IsIn(k, CasualtyLexicon.DefiniteOpeners))
        {
            // "one of his friends".
            k--;
        }

        if (k >= _first && IsWord(k, "of"))
        {
            // "two of the victims", "dozens of people", "one of them".
            if (k - 1 >= _first && QuantityReader.TryReadEndingAt(_text, _tokens, k - 1, _first, out Quantity q))
            {
                victims = Counted(q, q.First, head + 1);
                if (!plural || IsIn(k + 1, CasualtyLexicon.DefiniteReferences) || IsWord(k + 1, "whom"))
                {
                    victims.Mention = q.Value == 1 || IsIn(k + 1, CasualtyLexicon.DefiniteReferences) ? Mention.Definite : Mention.Counted;
                }

                SetDescription(ref victims, k + 1, head + 1);
                return true;
            }

            return false;
        }

        if (IsAny(head, "them", "those", "whom"))
        {
            return false;
        }

        if (k >= _first && IsWord(k, "another"))
        {
            victims = Single(k, Mention.Additive);
        }
        else if (k >= _first && IsAny(k, "a", "an", "one"))
        {
            if (plural)
            {
                return false;
            }

            victims = Single(k, additive ? Mention.Additive : ordinal > 0 ? Mention.Ordinal : Mention.Indefinite);
            victims.Ordinal = ordinal;
        }
        else if (k >= _first && IsWord(k, "both"))
        {
            victims = Single(k, Mention.Definite);
            victims.Count = 2;
        }
        else if (k >= _first && CasualtyLexicon.Definites.Contains(Text(k)) && _tokens[k].Kind == TokenKind.Word)
        {
            if (plural)
            {
                return false;
            }

            victims = Single(k, Mention.Definite);
        }
        else if (!plural && (IsAny(head, "someone", "somebody") || IsYearOld(head)) && (k < _first || !IsModifier(k)))
        {
            victims = Single(head, Mention.Indefinite);
        }
        else
        {
            return false;
        }

        victims.End = head + 1;
        SetDescription(ref victims, descFirst, head + 1);
        return true;
    }

    // ---- objects (to the right of the trigger) ----

    private bool TryReadObject(int i, out VictimPhrase victims)
    {
        victims = default;
        while (i < _end && (IsIn(i, CasualtyLexicon.ObjectAdverbs)
            || (IsWord(i, "all") && i + 1 < _end && QuantityReader.IsNumeric(_text, _tokens[i + 1]))))
        {
            // "killed all 72 people on board".
            i++;
        }

        if (!TryReadNpRight(i, out victims))
        {
            return false;
        }

        int parts = 1;
        int k = victims.End;
        while (k < _end && parts < 8)
        {
            int next = k;
            bool sawAnd = IsWord(next, "and");
            if (IsPunct(next, ',') && next + 1 < _end && _tokens[next + 1].Kind == TokenKind.Number && victims.Mention == Mention.Named
                && !IsPersonHead(next + 2))
            {
                // "the death of Christopher Rodriguez, 20": an age.
                victims.End = next + 2;
                k = next + 2;
                continue;
            }

            if (IsPunct(next, ',') && !AndFollows(next))
            {
                // "killing Winslow, Goodyear", "the death of this baby, his girlfriend": not a list without "and".
                break;
            }

            if (sawAnd || (IsPunct(next, ',') && !IsTriggerWord(next + 1)))
            {
                next++;
                if (IsWord(next, "and"))
                {
                    sawAnd = true;
                    next++;
                }

                if (IsWord(next, "then") && IsAny(next + 1, "himself", "herself"))
                {
                    // "killed his two children and then himself".
                    next++;
                }
            }
            else
            {
                break;
            }

            if (IsTriggerWord(next) || !TryReadNpRight(next, out VictimPhrase part) || (IsPronoun(next) && part.End == next + 1))
            {
                break;
            }

            bool comma = IsPunct(k, ',') && !sawAnd;
            if (comma && part.Mention == Mention.Named && victims.Count > 1)
            {
                // "the four girls, Yamilen, 14, Cynthia, 11, …": their names.
                break;
            }

            if (comma && ((part.Mention == Mention.Named && victims.Mention is Mention.Definite && victims.Count == 1)
                || (part.Mention is Mention.Indefinite or Mention.Definite && victims.Mention == Mention.Named)))
            {
                // "his cousin, Joshua Hagrin," / "Tillie Turner, 65, a security guard": one person.
                victims.End = part.End;
                break;
            }

            if (part.IsShooter)
            {
                // "killed six of his grandchildren, his adult daughter and himself".
                victims.ShooterInList = true;
                victims.End = part.End;
                break;
            }

            // "shot himself and his two daughters": the shooter is one of the victims.
            victims.IsShooter = false;

            victims.Count += part.Count;
            victims.End = part.End;
            victims.Mention = Mention.Counted;
            victims.NameToken = -1;
            victims.DescriptionFirst = victims.DescriptionEnd = 0;
            parts++;
            k = part.End;
        }

        return true;
    }

    private bool TryReadNpRight(int i, out VictimPhrase victims)
    {
        victims = default;
        victims.NameToken = -1;
        if (i >= _end)
        {
            return false;
        }

        if (IsAny(i, "himself", "herself"))
        {
            victims = Shooter(i);
            return true;
        }

        if (IsAny(i, "him", "her") && !IsPersonHead(i + 1) && !IsModifier(i + 1))
        {
            victims = Single(i, Mention.Definite);
            return true;
        }

        if (IsAny(i, "a", "an") && IsWord(i + 1, "family") && IsWord(i + 2, "of")
            && QuantityReader.TryRead(_text, _tokens, i + 3, _end, out Quantity members))
        {
            // "killed a family of six".
            victims = Counted(members, i, members.End);
            return true;
        }

        if (QuantityReader.TryRead(_text, _tokens, i, _end, out Quantity q))
        {
            int k = q.End;
            if (IsWord(k, "of"))
            {
                int h = FindHeadRight(IsIn(k + 1, CasualtyLexicon.DefiniteOpeners) ? k + 2 : k + 1, out _);
                if (h < 0)
                {
                    if (IsAny(k + 1, "them", "those"))
                    {
                        victims = Counted(q, i, k + 2);
                        victims.Mention = Mention.Definite;
                        return true;
                    }

                    return false;
                }

                victims = Counted(q, i, h + 1);
                SetDescription(ref victims, k + 1, h + 1);
                return true;
            }

            int head = FindHeadRight(k, out bool additive, out _, out bool others);
            if (head >= 0)
            {
                victims = Counted(q, i, head + 1);
                victims.Others = others;
                if (additive || IsWord(k, "more"))
                {
                    victims.Mention = Mention.Additive;
                }

                SetDescription(ref victims, k, head + 1);
                return true;
            }

            if (_tokens[i].Kind == TokenKind.Number && IsAny(i - 1, "shot", "shoots", "shoot"))
            {
                // "Woods shot 67": a score, not victims.
                return false;
            }

            // A bare count ("killed two"), unless a noun follows ("fired 100 rockets").
            if (k < _end && _tokens[k].Kind == TokenKind.Word && !CasualtyLexicon.FunctionWords.Contains(Text(k)) && !IsTriggerWord(k)
                && !IsTimeWord(k))
            {
                return false;
            }

            if (LooksLikeNonCount(q.End - 1))
            {
                return false;
            }

            victims = Counted(q, i, k);
            return true;
        }

        if (IsAny(i, "the", "his", "her", "their", "its") && QuantityReader.TryRead(_text, _tokens, i + 1, _end, out Quantity owned) && owned.Value > 1)
        {
            // "his two sons", "the three victims".
            int h = FindHeadRight(owned.End, out _);
            if (h < 0 || !IsPluralHead(h))
            {
                return false;
            }

            victims = Counted(owned, i, h + 1);
            victims.Mention = Mention.Definite;
            SetDescription(ref victims, owned.End, h + 1);
            return true;
        }

        if (IsAny(i, "his", "her", "their") && IsWord(i + 1, "twin"))
        {
            int h = FindHeadRight(i + 2, out _);
            if (h >= 0 && IsPluralHead(h))
            {
                victims = Single(i, Mention.Definite);
                victims.Count = 2;
                victims.End = h + 1;
                SetDescription(ref victims, i + 1, h + 1);
                return true;
            }
        }

        if (IsIn(i, CasualtyLexicon.NounPhraseOpeners))
        {
            int head = FindHeadRight(i + 1, out bool additive, out int ordinal, out _);
            if (head < 0)
            {
                return false;
            }

            bool plural = IsPluralHead(head);
            Mention mention;
            int count = 1;
            if (IsWord(i, "another") && IsTriggerWord(i - 1))
            {
                // "a teen shot another boy": another than the shooter, not one more victim.
                mention = Mention.Indefinite;
            }
            else if (IsWord(i, "another") || (additive && IsAny(i, "a", "an")))
            {
                mention = Mention.Additive;
            }
            else if (ordinal > 0 && IsAny(i, "a", "an"))
            {
                mention = Mention.Ordinal;
            }
            else if (IsAny(i, "a", "an", "one"))
            {
                mention = Mention.Indefinite;
            }
            else if (IsWord(i, "both"))
            {
                mention = Mention.Definite;
                count = 2;
            }
            else
            {
                mention = Mention.Definite;
            }

            if (plural && count == 1)
            {
                return false;
            }

            victims = Single(i, mention);
            victims.Count = count;
            victims.Ordinal = ordinal;
            victims.End = head + 1;
            SetDescription(ref victims, i + 1, head + 1);
            return true;
        }

        if (IsYearOld(i) && IsNameWord(i + 1) && TryReadNpRight(i + 1, out victims))
        {
            // "killed 51-year-old Anthony Webb".
            victims.First = i;
            return true;
        }

        if (_tokens[i].Kind == TokenKind.Word && _tokens[i].Has(TokenShape.Capitalized) && IsNameWord(i))
        {
            int k = i;
            while (k + 1 < _end && (IsNameWord(k + 1) || (_tokens[k + 1].Kind == TokenKind.Abbreviation && _tokens[k + 1].Length == 2)))
            {
                k++;
            }

            if (k + 1 < _end && (_tokens[k + 1].Kind == TokenKind.Clitic || IsPunct(k + 1, '\'') || IsPunct(k + 1, '\u2019'))
                && _text[_tokens[k + 1].Start] is '\'' or '\u2019')
            {
                // "the shooting of Congressman Danny Davis' grandson": the name owns the victim, a definite person.
                if (!IsPersonHead(k + 2) || IsPluralHead(k + 2))
                {
                    return false;
                }

                victims = Single(i, Mention.Definite);
                victims.End = k + 3;
                SetDescription(ref victims, k + 2, k + 3);
                return true;
            }

            victims = Single(i, Mention.Named);
            victims.End = k + 1;
            victims.NameToken = k;
            if (IsPunct(k + 1, ',') && k + 2 < _end && _tokens[k + 2].Kind == TokenKind.Number && IsPunct(k + 3, ','))
            {
                // "killing Melanie Virgen, 13, and …".
                victims.End = k + 3;
            }

            return true;
        }

        return false;
    }

    /// <summary>Finds a person head noun after up to four modifiers starting at <paramref name="i"/>, or -1.</summary>
    private int FindHeadRight(int i, out bool additive) => FindHeadRight(i, out additive, out _, out _);

    private int FindHeadRight(int i, out bool additive, out int ordinal, out bool others)
    {
        additive = false;
        ordinal = 0;
        others = false;
        int stop = Math.Min(_end, i + MaxModifiers + 1);
        for (int k = i; k < stop; k++)
        {
            if (IsPersonHead(k))
            {
                // A head followed by another person noun is a modifier ("police officer").
                if (IsPersonHead(k + 1))
                {
                    continue;
                }

                others |= IsWord(k, "others");
                return k;
            }

            if (IsAny(k, "more", "other"))
            {
                additive |= IsWord(k, "more");
                others |= IsWord(k, "other");
                continue;
            }

            if (_tokens[k].Kind == TokenKind.Number && IsAgeUnit(k + 1))
            {
                // "a 12 year-old boy".
                stop = Math.Min(_end, stop + 1);
                continue;
            }

            if (!IsModifier(k))
            {
                return -1;
            }

            if (CasualtyLexicon.Ordinals.TryGetValue(Text(k), out int value))
            {
                ordinal = value;
                additive |= value == 0;
            }
        }

        return -1;
    }

    // ---- word tests ----

    private static VictimPhrase Single(int first, Mention mention) => new()
    {
        Count = 1,
        Qualifier = CasualtyQualifier.Exact,
        Mention = mention,
        First = first,
        End = first + 1,
        NameToken = -1,
    };

    private static VictimPhrase Shooter(int first)
    {
        VictimPhrase victims = Single(first, Mention.Definite);
        victims.IsShooter = true;
        return victims;
    }

    private static VictimPhrase Counted(Quantity q, int first, int end) => new()
    {
        Count = q.Value,
        Qualifier = q.Qualifier,
        Mention = Mention.Counted,
        First = first,
        End = end,
        NameToken = -1,
    };

    private void SetDescription(ref VictimPhrase victims, int first, int end)
    {
        while (first < end && (IsIn(first, CasualtyLexicon.DescriptionOpeners) ))
        {
            first++;
        }

        if (first < end && !IsAny(end - 1, "others", "them", "those", "whom"))
        {
            victims.DescriptionFirst = first;
            victims.DescriptionEnd = end;
        }
    }

    private ReadOnlySpan<char> Text(int i) => _tokens[i].GetText(_text);

    private bool IsWord(int i, string word) =>
        i >= _first && i < _end && _tokens[i].Kind is TokenKind.Word or TokenKind.Clitic or TokenKind.Abbreviation && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsAny(int i, string a, string b) => IsWord(i, a) || IsWord(i, b);

    private bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        if (i < _first || i >= _end || _tokens[i].Kind is not (TokenKind.Word or TokenKind.Clitic or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> text = Text(i);
        foreach (string word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a word of <paramref name="set"/>.</summary>
    private bool IsIn(int i, WordSet set) =>
        i >= _first && i < _end && _tokens[i].Kind is TokenKind.Word or TokenKind.Clitic or TokenKind.Abbreviation && set.Contains(Text(i));

    private bool IsPunct(int i, char c) =>
        i >= _first && i < _end && _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;

    private bool IsTriggerWord(int i) =>
        i >= _first && i < _end && _tokens[i].Kind == TokenKind.Word && CasualtyLexicon.Triggers.TryGetValue(Text(i), out Trigger tr)
        && tr.Form is TriggerForm.Participle or TriggerForm.Gerund or TriggerForm.Intransitive
        || IsIn(i, CasualtyLexicon.OtherViolenceVerbs);

    private bool IsNegation(int i) =>
        i >= _first && i < _end && _tokens[i].Kind is TokenKind.Word or TokenKind.Clitic && CasualtyLexicon.Negations.Contains(Text(i));

    private bool IsPronoun(int i) => IsIn(i, CasualtyLexicon.PersonalPronouns);

    private bool IsWeapon(int i) => i >= _first && i < _end && _tokens[i].Kind == TokenKind.Word && CasualtyLexicon.Weapons.Contains(Text(i));

    private bool IsPersonHead(int i)
    {
        if (i < _first || i >= _end || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        if (word.Equals("old", StringComparison.OrdinalIgnoreCase) && i - 1 >= _first
            && (Text(i - 1).EndsWith("year", StringComparison.OrdinalIgnoreCase) || Text(i - 1).EndsWith("years", StringComparison.OrdinalIgnoreCase)))
        {
            // "a 16-year old".
            return true;
        }

        return CasualtyLexicon.PersonNouns.ContainsKey(word) || IsYearOld(i)
            || word.EndsWith("grader", StringComparison.OrdinalIgnoreCase) || word.EndsWith("graders", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsPluralHead(int i)
    {
        if (CasualtyLexicon.PersonNouns.TryGetValue(Text(i), out byte number))
        {
            return number == 2;
        }

        return Text(i).EndsWith("olds", StringComparison.OrdinalIgnoreCase) || Text(i).EndsWith("graders", StringComparison.OrdinalIgnoreCase)
            || IsAny(i, "them", "those", "whom");
    }

    /// <summary>"16-year-old", "16-year-olds", "16-month-old".</summary>
    private bool IsYearOld(int i)
    {
        ReadOnlySpan<char> word = Text(i);
        return word.EndsWith("-old", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-olds", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsModifier(int i)
    {
        if (i < _first || i >= _end)
        {
            return false;
        }

        Token token = _tokens[i];
        if (token.Kind == TokenKind.Abbreviation)
        {
            return token.Length > 2 && !IsAny(i, "p.m.", "a.m.");
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        if (IsWord(i, "police") && IsPersonHead(i + 1))
        {
            // "a police officer".
            return true;
        }

        if (CasualtyLexicon.FunctionWords.Contains(word) && !CasualtyLexicon.Ordinals.ContainsKey(word))
        {
            return false;
        }

        if (CasualtyLexicon.Triggers.ContainsKey(word) && !IsIn(i, CasualtyLexicon.ModifierTriggers))
        {
            return false;
        }

        if (QuantityReader.IsNumeric(_text, token))
        {
            return false;
        }

        // Lower-case adjectives and noun modifiers, nationalities ("Iraqi"), ages ("16-year-old").
        return token.Has(TokenShape.AllLower) || token.Has(TokenShape.HasHyphen) || (token.Has(TokenShape.Capitalized) && CapitalizedRunEndsInPerson(i + 1));
    }

    /// <summary>"Holmes County teenager": capitalized words up to a person noun.</summary>
    private bool CapitalizedRunEndsInPerson(int i)
    {
        int stop = Math.Min(_end, i + 3);
        for (int k = i; k < stop; k++)
        {
            if (IsPersonHead(k) || (IsWord(k, "police") && IsPersonHead(k + 1)))
            {
                return true;
            }

            if (_tokens[k].Kind != TokenKind.Word || !_tokens[k].Has(TokenShape.Capitalized))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"year-old", "years", "month-old" after a number: an age, not a count.</summary>
    private bool IsAgeUnit(int i)
    {
        if (i < _first || i >= _end || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        return word.StartsWith("year", StringComparison.OrdinalIgnoreCase) || word.StartsWith("month", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("week", StringComparison.OrdinalIgnoreCase) || word.StartsWith("day-old", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsNameWord(int i)
    {
        if (i < _first || i >= _end || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        Token token = _tokens[i];
        if (!token.Has(TokenShape.Capitalized) || token.Has(TokenShape.HasDigit) || (token.Has(TokenShape.AllCaps) && token.Length <= 4))
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        return !CasualtyLexicon.NotNames.Contains(word) && !CasualtyLexicon.PersonNouns.ContainsKey(word)
            && !CasualtyLexicon.Triggers.ContainsKey(word) && !CasualtyLexicon.FunctionWords.Contains(word)
            && !NumberWords.TryParseWord(word, out _);
    }

    private bool IsDeterminerBefore(int t) => IsIn(t - 1, CasualtyLexicon.NounPreModifiers);

    private bool FollowedByNoun(int t)
    {
        int k = t + 1;
        if (k >= _end || _tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        if (_tokens[k].Has(TokenShape.Capitalized) && (IsPersonHead(k + 1) || IsModifier(k + 1) && IsPersonHead(k + 2)))
        {
            // "two missing Belgian teenagers".
            return true;
        }

        return _tokens[k].Has(TokenShape.AllLower) && !CasualtyLexicon.FunctionWords.Contains(Text(k)) && !IsTimeWord(k)
            && !IsIn(k, CasualtyLexicon.AdverbialFollowers);
    }

    private bool IsTimeWord(int i) => IsIn(i, CasualtyLexicon.TimeWords);

    /// <summary>Whether the number at <paramref name="i"/> is a time, date, age or amount rather than a count of people.</summary>
    private bool LooksLikeNonCount(int i)
    {
        if (IsIn(i + 1, CasualtyLexicon.NonCountUnits))
        {
            return true;
        }

        if (i - 1 >= _first && (_tokens[i - 1].Kind == TokenKind.Symbol || IsIn(i - 1, CasualtyLexicon.NonCountPrefixes)))
        {
            return true;
        }

        if (i - 1 >= _first && IsIn(i - 1, CasualtyLexicon.Months))
        {
            return true;
        }

        // An age appositive: "Smith, 25, was shot".
        return IsPunct(i - 1, ',') && IsPunct(i + 1, ',') && _tokens[i].Kind == TokenKind.Number && i - 2 >= _first && _tokens[i - 2].Has(TokenShape.Capitalized);
    }

    private bool IsMonth(int i) => IsIn(i, CasualtyLexicon.Months);
}
