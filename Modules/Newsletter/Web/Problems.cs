using Microsoft.AspNetCore.Http;

namespace ModularCrm.Modules.Newsletter.Web;

/// <summary>The module's error answers, in French, naming the field or the missing thing.</summary>
internal static class Problems
{
    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static IResult ListNotFound(long id) => NotFound("Lettre introuvable", $"Aucune lettre d'information n° {id} dans cette boutique.");

    public static IResult IssueNotFound(long id) => NotFound("Numéro introuvable", $"Aucun numéro n° {id} dans cette boutique.");

    public static IResult Invalid(string title, IDictionary<string, string[]> errors) => Results.ValidationProblem(errors, title: title);

    public static IResult Invalid(string title, string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

    public static IResult Conflict(string detail) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Opération impossible", detail: detail);

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
