export default {
  invite: {
    subject: "Inbjudan till Överens ({organisation})",
    body: "Hej {name}!\n\nDu har bjudits in till Överens som företrädare för {organisation}. Välj ditt lösenord här (länken gäller i sju dagar):\n\n{link}\n",
  },
  reset: {
    subject: "Återställ ditt lösenord i Överens",
    body: "Hej {name}!\n\nNågon (förhoppningsvis du) bad om att återställa lösenordet. Välj ett nytt här (länken gäller i en timme):\n\n{link}\n\nOm det inte var du kan du bortse från meddelandet.\n",
  },
};
