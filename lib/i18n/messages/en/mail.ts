export default {
  invite: {
    subject: "Invitation to Överens ({organisation})",
    body: "Hello {name},\n\nYou have been invited to Överens as a representative of {organisation}. Choose your password here (the link is valid for seven days):\n\n{link}\n",
  },
  reset: {
    subject: "Reset your Överens password",
    body: "Hello {name},\n\nSomeone (hopefully you) asked to reset the password. Choose a new one here (the link is valid for one hour):\n\n{link}\n\nIf it was not you, you can ignore this message.\n",
  },
};
