using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace ModularCrm.Templating.Runtime;

/// <summary>
/// Member access on every kind of value a template can see. Host (.NET) objects expose only their public readable
/// instance properties, under snake_case names; no methods, no writes, nothing from reflection itself.
/// </summary>
internal static class ObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, Func<object, object?>>> Accessors = new();
    private static readonly ConcurrentDictionary<Type, Dictionary<string, MemberFormatter>> Formatters = new();

    /// <summary>
    /// Member access through a per-node cache: a syntax node that keeps seeing the same host type skips both
    /// dictionary lookups. The cache is an immutable pair, so sharing the node between threads is safe.
    /// </summary>
    public static bool TryGetMember(TemplateContext context, object target, string name, ref CachedGetter? cache, out object? value)
    {
        var type = target.GetType();
        var cached = cache;
        if (cached is not null && cached.Type == type)
        {
            if (cached.Getter is null)
            {
                value = null;
                return false;
            }

            value = cached.Getter(target);
            return true;
        }

        if (target is ScriptObject or LoopVariables or ScriptArray)
        {
            // Template-side values: the switch below is the fast path, no host cache to fill.
            return TryGetMember(context, target, name, out value);
        }

        if (IsHostObject(target))
        {
            Accessors.GetOrAdd(type, BuildAccessors).TryGetValue(name, out var getter);
            cache = new CachedGetter(type, getter);
        }

        return TryGetMember(context, target, name, out value);
    }

    public static bool IsHostObject(object target) =>
        target is not (ScriptObject or LoopVariables or ScriptArray or string or IDictionary<string, object?> or IDictionary
            or KeyValuePair<string, object?> or DateTime or TimeSpan or ScriptRange or ICollection or ScriptCallable
            or Delegate or Type or MemberInfo or Assembly or bool)
        && !Numbers.IsNumber(target) && !target.GetType().IsPrimitive;

    public static bool TryGetMember(TemplateContext context, object target, string name, out object? value)
    {
        switch (target)
        {
            case ScriptObject obj:
                if (obj.TryGet(name, out value))
                {
                    return true;
                }

                if (name == "empty?")
                {
                    value = obj.Count == 0;
                    return true;
                }

                return false;
            case LoopVariables loop:
                return loop.TryGet(name, out value);
            case ScriptArray array:
                if (array.Properties is { } props && props.TryGet(name, out value))
                {
                    return true;
                }

                return TryCollectionMember(array.Count, name, out value);
            case string:
                value = null;
                return false;
            case IDictionary<string, object?> dictionary:
                if (dictionary.TryGetValue(name, out value))
                {
                    return true;
                }

                return TryCollectionMember(dictionary.Count, name, out value);
            case IDictionary dictionary:
                if (dictionary.Contains(name))
                {
                    value = dictionary[name];
                    return true;
                }

                return TryCollectionMember(dictionary.Count, name, out value);
            case KeyValuePair<string, object?> pair:
                value = name switch { "key" => pair.Key, "value" => pair.Value, _ => null };
                return name is "key" or "value";
            case DateTime date:
                return TryDateMember(date, name, out value);
            case TimeSpan span:
                return TrySpanMember(span, name, out value);
            case ScriptRange range:
                return TryCollectionMember((int)Math.Min(int.MaxValue, range.Count), name, out value);
            case ICollection collection:
                return TryCollectionMember(collection.Count, name, out value);
            case ScriptCallable or Delegate or Type or MemberInfo or Assembly:
                value = null;
                return false;
        }

        if (Numbers.IsNumber(target) || target is bool || target.GetType().IsPrimitive)
        {
            value = null;
            return false;
        }

        var accessors = Accessors.GetOrAdd(target.GetType(), BuildAccessors);
        if (accessors.TryGetValue(name, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Refuses values that would hand the template a way into reflection or code.</summary>
    public static object? Sanitize(object? value) => value is Type or MemberInfo or Assembly or Delegate ? null : value;

    /// <summary>The typed formatter of a host object's number or date property, or null (see <see cref="MemberFormatter"/>).</summary>
    public static MemberFormatter? Formatter(Type type, string name) =>
        Formatters.GetOrAdd(type, BuildFormatters).GetValueOrDefault(name);

    private static bool TryCollectionMember(int count, string name, out object? value)
    {
        switch (name)
        {
            case "size":
                value = Numbers.Box(count);
                return true;
            case "empty?":
                value = count == 0;
                return true;
            default:
                value = null;
                return false;
        }
    }

    private static bool TryDateMember(DateTime date, string name, out object? value)
    {
        value = name switch
        {
            "year" => Numbers.Box(date.Year),
            "month" => Numbers.Box(date.Month),
            "day" => Numbers.Box(date.Day),
            "hour" => Numbers.Box(date.Hour),
            "minute" => Numbers.Box(date.Minute),
            "second" => Numbers.Box(date.Second),
            "millisecond" => Numbers.Box(date.Millisecond),
            "dayofweek" => Numbers.Box((int)date.DayOfWeek),
            "dayofyear" => Numbers.Box(date.DayOfYear),
            "date" => date.Date,
            "time" => date.TimeOfDay,
            _ => null,
        };
        return value is not null;
    }

    private static bool TrySpanMember(TimeSpan span, string name, out object? value)
    {
        value = name switch
        {
            "days" => Numbers.Box(span.Days),
            "hours" => Numbers.Box(span.Hours),
            "minutes" => Numbers.Box(span.Minutes),
            "seconds" => Numbers.Box(span.Seconds),
            "milliseconds" => Numbers.Box(span.Milliseconds),
            "total_days" => span.TotalDays,
            "total_hours" => span.TotalHours,
            "total_minutes" => span.TotalMinutes,
            "total_seconds" => span.TotalSeconds,
            "total_milliseconds" => span.TotalMilliseconds,
            _ => null,
        };
        return value is not null;
    }

    /// <summary>Sets a member; host objects and builtins are read-only for templates.</summary>
    public static bool TrySetMember(object target, string name, object? value)
    {
        switch (target)
        {
            case ScriptObject obj when !obj.Frozen:
                obj.Set(name, value);
                return true;
            case ScriptObject:
                return false;
            case ScriptArray array:
                (array.Properties ??= new ScriptObject()).Set(name, value);
                return true;
            case IDictionary<string, object?> dictionary when !dictionary.IsReadOnly:
                dictionary[name] = value;
                return true;
            default:
                return false;
        }
    }

    public static IEnumerable<KeyValuePair<string, object?>> Members(object target)
    {
        switch (target)
        {
            case ScriptObject obj:
                return obj.Members;
            case IDictionary<string, object?> dictionary:
                return dictionary;
            case IDictionary dictionary:
                return DictionaryMembers(dictionary);
        }

        var accessors = Accessors.GetOrAdd(target.GetType(), BuildAccessors);
        return accessors.Select(pair => new KeyValuePair<string, object?>(pair.Key, pair.Value(target)));
    }

    public static IEnumerable<KeyValuePair<string, object?>> DictionaryMembers(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
        }
    }

    /// <summary>Values a `for` loop or an array builtin iterates; null when the value is not iterable.</summary>
    public static IEnumerable? AsEnumerable(object? value) => value switch
    {
        null or string => null,
        ScriptObject obj => obj.Members.Select(pair => (object?)pair),
        IDictionary<string, object?> dictionary => dictionary.Select(pair => (object?)pair),
        IDictionary dictionary => DictionaryMembers(dictionary).Select(pair => (object?)pair),
        IEnumerable enumerable => enumerable,
        _ => null,
    };

    private static IEnumerable<PropertyInfo> ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

    private static Dictionary<string, Func<object, object?>> BuildAccessors(Type type)
    {
        var result = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in ReadableProperties(type))
        {
            var parameter = Expression.Parameter(typeof(object), "target");
            var read = Expression.Property(Expression.Convert(parameter, type), property);
            var propertyType = property.PropertyType;
            // bool and int go through the shared box caches instead of allocating a box per read; only a property
            // typed loosely enough to hold a Type, MemberInfo, Assembly or Delegate pays for the check.
            Expression body = propertyType == typeof(bool)
                ? Expression.Call(typeof(Ops).GetMethod(nameof(Ops.Bool))!, read)
                : propertyType == typeof(int)
                    ? Expression.Call(typeof(Numbers).GetMethod(nameof(Numbers.Box), [typeof(int)])!, read)
                    : propertyType.IsValueType || propertyType == typeof(string)
                        ? Expression.Convert(read, typeof(object))
                        : Expression.Call(typeof(ObjectAccessor).GetMethod(nameof(Sanitize))!, Expression.Convert(read, typeof(object)));
            result[SnakeCase(property.Name)] = Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
        }

        return result;
    }

    private static Dictionary<string, MemberFormatter> BuildFormatters(Type type)
    {
        var result = new Dictionary<string, MemberFormatter>(StringComparer.Ordinal);
        if (!type.IsClass)
        {
            // Open-instance getter delegates need a reference-type target; structs keep the boxed path.
            return result;
        }

        foreach (var property in ReadableProperties(type))
        {
            // Same iteration as the accessors, so a later property with the same snake_case name wins in both.
            var name = SnakeCase(property.Name);
            var valueType = property.PropertyType;
            result.Remove(name);
            if (!valueType.IsValueType || valueType.IsEnum || valueType.IsGenericType || !typeof(ISpanFormattable).IsAssignableFrom(valueType))
            {
                continue;
            }

            try
            {
                var getter = property.GetMethod!.CreateDelegate(typeof(Func<,>).MakeGenericType(type, valueType));
                result[name] = (MemberFormatter)Activator.CreateInstance(typeof(TypedMemberFormatter<,>).MakeGenericType(type, valueType), getter)!;
            }
            catch (ArgumentException)
            {
                // A getter that cannot be bound as an open delegate keeps the boxed path.
            }
        }

        return result;
    }

    /// <summary>`FirstName` → `first_name`, `VATRate` → `vat_rate`.</summary>
    public static string SnakeCase(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var acronymEnd = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousLower || acronymEnd)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
