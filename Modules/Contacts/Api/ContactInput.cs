namespace ModularCrm.Modules.Contacts.Api;

/// <summary>What a client sends to create or replace a contact.</summary>
public sealed record ContactInput(
    string? Kind,
    long? CompanyId,
    string? Civility,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? Email,
    string? Phone,
    string? City,
    string? Postcode,
    string? Lifecycle);
