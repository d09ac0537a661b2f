namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>An operation refused for a reason other than a wrong field value: not found (404) or a conflict (409).</summary>
/// <param name="Status">The HTTP status the API answers.</param>
/// <param name="Code">Stable code of a conflict (<c>card.exists</c>...); null for a 404.</param>
/// <param name="Field">The input field it is about, if any.</param>
/// <param name="Title">Short French title.</param>
/// <param name="Detail">French explanation, shown to staff as is.</param>
/// <param name="Current">The current state, for API clients (e.g. the already redeemed reward).</param>
internal sealed record Refusal(int Status, string? Code, string? Field, string Title, string Detail, object? Current = null)
{
    public static Refusal NotFound(string title, string detail) => new(404, null, null, title, detail);

    public static Refusal Conflict(string code, string? field, string detail, object? current = null) =>
        new(409, code, field, "Action impossible", detail, current);
}
