using System.Globalization;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>What every loyalty page needs: the user's language, its culture, the module's sub-menu and field errors.</summary>
internal sealed class PageKit(bool english, string basePath = "")
{
    private static readonly (string Path, string Fr, string En)[] Sections =
    [
        (string.Empty, "Programmes", "Programs"),
        ("/cards", "Cartes", "Cards"),
        ("/redeem", "Utiliser un bon", "Redeem a voucher"),
        ("/meetings", "Réunions", "Meetings"),
        ("/statistics", "Statistiques", "Statistics"),
    ];

    public PageKit(IShopPages pages)
        : this(pages.Language == "en", pages.BasePath)
    {
    }

    public bool English => english;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(English ? "en-GB" : "fr-FR");

    /// <summary>The module's pages for the shop; empty on public pages, which link to no staff page.</summary>
    public string Base => basePath;

    /// <summary>French or English text, after the user's language.</summary>
    public string T(string french, string english) => English ? english : french;

    public string Number(decimal value) => value.ToString("0.##", Culture);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The module's sub-menu, <paramref name="current"/> marked for <c>aria-current</c>.</summary>
    public IReadOnlyList<MenuLink> Menu(string current) =>
        Sections.Select(s => new MenuLink(Base + s.Path, T(s.Fr, s.En), s.Path == current)).ToList();

    /// <summary>No errors: a form shown for the first time.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The <c>form</c> of a page in section <paramref name="section"/> whose form posts to <paramref name="action"/> (relative to <see cref="Base"/>).</summary>
    public FormView Form(string section, string action, AntiforgeryField antiforgery, IReadOnlyDictionary<string, string[]> errors, IEnumerable<FormField> fields) =>
        new(English, Menu(section), Base + action, antiforgery, errors.Count > 0, FormHtml.Fields(fields));

    /// <summary>The operation's outcome, or the form's unreadable values as errors without running it.</summary>
    public static async Task<Outcome<T>> AttemptAsync<T>(InputErrors unreadable, Func<Task<Outcome<T>>> operation) =>
        unreadable.Any ? Outcome<T>.Invalid(unreadable) : await operation();

    /// <summary>The status of a form sent back: the refusal's (404, 409), else 400.</summary>
    public static int StatusOf<T>(Outcome<T> outcome) => outcome.Refusal?.Status ?? 400;

    public static string? Error(IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
