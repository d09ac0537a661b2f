using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The shop's sales settings (legal mentions, numbering masks) are the shop admin's: staff get a 403 page that says
/// so and whom to ask, and nothing is read or written. The role comes from the host (<see cref="ShopRoles"/>).
/// </summary>
internal static class AdminOnly
{
    /// <summary>The refusal page for a user who is not the shop's admin, or null for an admin.</summary>
    public static IResult? Refusal(ClaimsPrincipal user, SalesView v) =>
        user.IsInRole(ShopRoles.Admin)
            ? null
            : v.Pages.Page(
                v.T("Accès réservé à l'administrateur de la boutique", "Shop administrators only"),
                Notice(v.T(
                    "Les paramètres des ventes (mentions légales, numérotation des documents) ne peuvent être consultés et modifiés que par un administrateur de la boutique. Demandez-lui de vous donner ce rôle, ou de faire la modification.",
                    "Sales settings (legal mentions, document numbering) can only be seen and changed by a shop administrator. Ask one to give you that role, or to make the change."), true) +
                $"<p>{Link(v.Base, v.T("Retour aux ventes", "Back to sales"))}</p>",
                StatusCodes.Status403Forbidden);
}
