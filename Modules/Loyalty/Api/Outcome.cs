namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// What an operation shared by the API and the pages gives back: the value, or field errors, or a refusal. The API
/// turns the last two into problem details, the pages show them next to the fields.
/// </summary>
internal sealed class Outcome<T>
{
    private Outcome(T? value, Dictionary<string, string[]> errors, Refusal? refusal)
    {
        Value = value;
        Errors = errors;
        Refusal = refusal;
    }

    public T? Value { get; }

    public Dictionary<string, string[]> Errors { get; }

    public Refusal? Refusal { get; }

    public bool Succeeded => Errors.Count == 0 && Refusal is null;

    public static implicit operator Outcome<T>(T value) => new(value, [], null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, [], refusal);

    public static Outcome<T> Invalid(InputErrors errors) => new(default, errors.Errors, null);

    /// <summary>Field errors and the refusal together, keyed by field (<c>""</c> for a refusal about no field), for a form.</summary>
    public Dictionary<string, string[]> FormErrors()
    {
        var all = new Dictionary<string, string[]>(Errors);
        if (Refusal is { } refusal)
        {
            all[refusal.Field ?? string.Empty] = [refusal.Detail];
        }

        return all;
    }
}
