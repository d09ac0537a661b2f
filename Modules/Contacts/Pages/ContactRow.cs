namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>A line of the contact list, already formatted.</summary>
internal sealed record ContactRow(long Id, string Name, string Kind, string? Email, string? Phone, string? City);
